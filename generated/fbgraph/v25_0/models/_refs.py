"""Classes that models of one module use from another, resolved when a model is first built.

Type checkers see the real classes; at run time each name is a LazyType, so that modules referring to each other
in cycles import in any order and only when used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime.models import LazyType

if TYPE_CHECKING:
    from .ad_account import AdAccount as AdAccount
    from .ads_pixel_stats import AdsPixelStats as AdsPixelStats
    from .app_data import AppData as AppData
    from .business import Business as Business
    from .content import Content as Content
    from .custom_data import CustomData as CustomData
    from .original_event_data import OriginalEventData as OriginalEventData
    from .user import User as User
    from .user_data import UserData as UserData

    pass
else:
    _PACKAGE = __name__.rpartition(".")[0]
    AdAccount = LazyType(_PACKAGE, "ad_account", "AdAccount")
    AdsPixelStats = LazyType(_PACKAGE, "ads_pixel_stats", "AdsPixelStats")
    AppData = LazyType(_PACKAGE, "app_data", "AppData")
    Business = LazyType(_PACKAGE, "business", "Business")
    Content = LazyType(_PACKAGE, "content", "Content")
    CustomData = LazyType(_PACKAGE, "custom_data", "CustomData")
    OriginalEventData = LazyType(_PACKAGE, "original_event_data", "OriginalEventData")
    User = LazyType(_PACKAGE, "user", "User")
    UserData = LazyType(_PACKAGE, "user_data", "UserData")
    pass
