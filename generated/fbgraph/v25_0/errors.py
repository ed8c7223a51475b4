"""Exceptions of Graph API v25.0: one class per category and one per catalogue code."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._runtime.errors import (
    GraphAuthError,
    GraphPermissionError,
    GraphThrottlingError,
    GraphInvalidParameterError,
    GraphServerError,
    GraphOtherError,
    GraphAPIError,
    GraphConnectionError,
    GraphError,
    GraphRequestError,
    GraphTimeoutError,
    GraphTransportError,
)
from .._runtime.errors import error_from_body as _error_from_body
from .._runtime.usage import Usage

__all__ = [
    "GraphAPIError",
    "GraphConnectionError",
    "GraphError",
    "GraphRequestError",
    "GraphTimeoutError",
    "GraphTransportError",
    "GraphAuthError",
    "GraphPermissionError",
    "GraphThrottlingError",
    "GraphInvalidParameterError",
    "GraphServerError",
    "GraphOtherError",
    "ApiUnknownError",
    "ApiServiceError",
    "ApiTooManyCallsError",
    "ApiPermissionDeniedError",
    "ApiUserTooManyCallsError",
    "InvalidParameterError",
    "ApiSessionError",
    "TooManyParametersError",
    "AccessTokenInvalidError",
    "PermissionsError",
    "AdsApiDevelopmentAccessError",
    "AdsReadRequiredError",
    "AdsManagementRequiredError",
    "ApplicationLimitReachedError",
    "ActionDeemedAbusiveError",
    "ApiRateLimitExceededError",
    "SharedLoginDisabledError",
    "PixelAlreadyExistsError",
    "MultiplePixelsExistError",
    "AdsManagementRateLimitError",
    "ERRORS_BY_CODE",
    "error_from_body",
]


class ApiUnknownError(GraphServerError):
    """An unknown error occurred"""

    code = 1
    transient_by_default = True
    documented_message = "An unknown error occurred"


class ApiServiceError(GraphServerError):
    """Service temporarily unavailable"""

    code = 2
    transient_by_default = True
    documented_message = "Service temporarily unavailable"


class ApiTooManyCallsError(GraphThrottlingError):
    """Application request limit reached"""

    code = 4
    transient_by_default = True
    documented_message = "Application request limit reached"


class ApiPermissionDeniedError(GraphPermissionError):
    """Application does not have permission for this action"""

    code = 10
    transient_by_default = False
    documented_message = "Application does not have permission for this action"


class ApiUserTooManyCallsError(GraphThrottlingError):
    """User request limit reached"""

    code = 17
    transient_by_default = True
    documented_message = "User request limit reached"


class InvalidParameterError(GraphInvalidParameterError):
    """Invalid parameter"""

    code = 100
    transient_by_default = False
    documented_message = "Invalid parameter"


class ApiSessionError(GraphAuthError):
    """Session key invalid or no longer valid"""

    code = 102
    transient_by_default = False
    documented_message = "Session key invalid or no longer valid"


class TooManyParametersError(GraphInvalidParameterError):
    """The number of parameters exceeded the maximum for this operation"""

    code = 105
    transient_by_default = False
    documented_message = "The number of parameters exceeded the maximum for this operation"


class AccessTokenInvalidError(GraphAuthError):
    """Invalid OAuth 2.0 Access Token"""

    code = 190
    transient_by_default = False
    documented_message = "Invalid OAuth 2.0 Access Token"


class PermissionsError(GraphPermissionError):
    """Permissions error"""

    code = 200
    transient_by_default = False
    documented_message = "Permissions error"


class AdsApiDevelopmentAccessError(GraphPermissionError):
    """This Ads API request is not allowed for apps with development access level (Development access is by default for all apps, please request for upgrade). Make sure that the access token belongs to a user that is both admin of the app and admin of the ad account"""

    code = 270
    transient_by_default = False
    documented_message = "This Ads API request is not allowed for apps with development access level (Development access is by default for all apps, please request for upgrade). Make sure that the access token belongs to a user that is both admin of the app and admin of the ad account"


class AdsReadRequiredError(GraphPermissionError):
    """Reading advertisements requires an access token with the extended permission ads_read"""

    code = 278
    transient_by_default = False
    documented_message = (
        "Reading advertisements requires an access token with the extended permission ads_read"
    )


class AdsManagementRequiredError(GraphPermissionError):
    """Managing advertisements requires an access token with the extended permission for ads_management"""

    code = 294
    transient_by_default = False
    documented_message = "Managing advertisements requires an access token with the extended permission for ads_management"


class ApplicationLimitReachedError(GraphThrottlingError):
    """Application limit reached"""

    code = 341
    transient_by_default = True
    documented_message = "Application limit reached"


class ActionDeemedAbusiveError(GraphOtherError):
    """The action attempted has been deemed abusive or is otherwise disallowed"""

    code = 368
    transient_by_default = False
    documented_message = "The action attempted has been deemed abusive or is otherwise disallowed"


class ApiRateLimitExceededError(GraphThrottlingError):
    """Calls to this api have exceeded the rate limit."""

    code = 613
    transient_by_default = True
    documented_message = "Calls to this api have exceeded the rate limit."


class SharedLoginDisabledError(GraphPermissionError):
    """This shared login is disabled. Go to Ads Manager for more information."""

    code = 2633
    transient_by_default = False
    documented_message = "This shared login is disabled. Go to Ads Manager for more information."


class PixelAlreadyExistsError(GraphInvalidParameterError):
    """A pixel already exists for this account"""

    code = 6200
    transient_by_default = False
    documented_message = "A pixel already exists for this account"


class MultiplePixelsExistError(GraphInvalidParameterError):
    """More than one pixel exist for this account"""

    code = 6202
    transient_by_default = False
    documented_message = "More than one pixel exist for this account"


class AdsManagementRateLimitError(GraphThrottlingError):
    """There have been too many calls to this ad-account. Wait a bit and try again."""

    code = 80004
    transient_by_default = True
    documented_message = (
        "There have been too many calls to this ad-account. Wait a bit and try again."
    )


ERRORS_BY_CODE: dict[int, type[GraphAPIError]] = {
    1: ApiUnknownError,
    2: ApiServiceError,
    4: ApiTooManyCallsError,
    10: ApiPermissionDeniedError,
    17: ApiUserTooManyCallsError,
    100: InvalidParameterError,
    102: ApiSessionError,
    105: TooManyParametersError,
    190: AccessTokenInvalidError,
    200: PermissionsError,
    270: AdsApiDevelopmentAccessError,
    278: AdsReadRequiredError,
    294: AdsManagementRequiredError,
    341: ApplicationLimitReachedError,
    368: ActionDeemedAbusiveError,
    613: ApiRateLimitExceededError,
    2633: SharedLoginDisabledError,
    6200: PixelAlreadyExistsError,
    6202: MultiplePixelsExistError,
    80004: AdsManagementRateLimitError,
}


def error_from_body(
    body: Mapping[str, Any],
    *,
    http_status: int | None = None,
    usage: Usage | None = None,
) -> GraphAPIError:
    """The exception for a Graph error body: the class of its code, else of its category, else GraphAPIError."""
    return _error_from_body(body, ERRORS_BY_CODE, http_status=http_status, usage=usage)
