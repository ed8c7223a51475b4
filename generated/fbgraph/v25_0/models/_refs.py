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
    from .business import Business as Business
    from .user import User as User

    pass
else:
    _PACKAGE = __name__.rpartition(".")[0]
    AdAccount = LazyType(_PACKAGE, "ad_account", "AdAccount")
    AdsPixelStats = LazyType(_PACKAGE, "ads_pixel_stats", "AdsPixelStats")
    Business = LazyType(_PACKAGE, "business", "Business")
    User = LazyType(_PACKAGE, "user", "User")
    pass
