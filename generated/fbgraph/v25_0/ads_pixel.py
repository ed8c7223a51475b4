"""Endpoints of the AdsPixel node (Graph API v25.0).

A Facebook pixel: a small piece of JavaScript code that an advertiser places on every page of their website. It sends user-specific events and event-specific custom data to Facebook, captures intent information about how people use the website, and is used to create website custom audiences.

Graph does not support:
    DELETE /{ads_pixel_id}: The page says: You can't perform this operation on this endpoint.
    DELETE /{ads_pixel_id}/assigned_users: The current reference page says: You can't perform this operation on this endpoint.
    GET /{ads_pixel_id}/events: The page says: You can't perform this operation on this endpoint.
    DELETE /{ads_pixel_id}/events: The page says: You can't perform this operation on this endpoint.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from .._runtime.declarations import Operation, Param
from .._runtime.extensions import include_extensions
from .._runtime.lazy import LazyType

_PACKAGE = __name__.rpartition(".")[0]  # this version's subpackage, e.g. "fbgraph.v25_0"

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Iterator, Mapping, Sequence

    from .._runtime.calls import ChunkResult
    from .._runtime.models import Page
    from .client import AsyncGraphClient, GraphClient
    from .models.ad_account import (
        AdAccount,
        AdAccountField,
        AdAccountFieldLiteral,
    )
    from .models.ads_pixel import (
        AdsPixel,
        AdsPixelAgenciesPermittedTasks,
        AdsPixelAgenciesPermittedTasksLiteral,
        AdsPixelAutomaticMatchingFields,
        AdsPixelAutomaticMatchingFieldsLiteral,
        AdsPixelCreateAssignedUserResult,
        AdsPixelCreateEventPlatform,
        AdsPixelCreateEventProgress,
        AdsPixelCreateEventResult,
        AdsPixelCreateSharedAccountResult,
        AdsPixelDaChecksConnectionMethod,
        AdsPixelDaChecksConnectionMethodLiteral,
        AdsPixelDataUseSetting,
        AdsPixelDataUseSettingLiteral,
        AdsPixelDeleteSharedAccountsResult,
        AdsPixelField,
        AdsPixelFieldLiteral,
        AdsPixelFirstPartyCookieStatus,
        AdsPixelFirstPartyCookieStatusLiteral,
        AdsPixelGetAudiencesActionSource,
        AdsPixelGetAudiencesActionSourceLiteral,
        AdsPixelOfflineEventUploadsOrder,
        AdsPixelOfflineEventUploadsOrderLiteral,
        AdsPixelOfflineEventUploadsSortBy,
        AdsPixelOfflineEventUploadsSortByLiteral,
        AdsPixelTasks,
        AdsPixelTasksLiteral,
        CreateAdsPixelResult,
        CreateBusinessAdsPixelResult,
        UpdateAdsPixelResult,
    )
    from .models.ads_pixel_stats_result import (
        AdsPixelStatsResult,
        AdsPixelStatsResultAggregation,
        AdsPixelStatsResultAggregationLiteral,
        AdsPixelStatsResultField,
        AdsPixelStatsResultFieldLiteral,
    )
    from .models.assigned_user import (
        AssignedUser,
        AssignedUserField,
        AssignedUserFieldLiteral,
    )
    from .models.business import (
        Business,
        BusinessField,
        BusinessFieldLiteral,
    )
    from .models.custom_audience import (
        CustomAudience,
        CustomAudienceField,
        CustomAudienceFieldLiteral,
    )
    from .models.da_check import (
        DACheck,
        DACheckField,
        DACheckFieldLiteral,
    )
    from .models.offline_conversion_data_set_upload import (
        OfflineConversionDataSetUpload,
        OfflineConversionDataSetUploadField,
        OfflineConversionDataSetUploadFieldLiteral,
    )
    from .models.open_bridge_configuration import (
        OpenBridgeConfiguration,
        OpenBridgeConfigurationField,
        OpenBridgeConfigurationFieldLiteral,
    )
    from .models.server_event import (
        ServerEvent,
    )
else:
    # At run time the classes the operations below name are lazy: a call imports what it uses when first made,
    # so importing this module builds no model.
    Page = LazyType(_PACKAGE, ".._runtime.models", "Page")
    AdAccount = LazyType(_PACKAGE, "models.ad_account", "AdAccount")
    AdAccountField = LazyType(_PACKAGE, "models.ad_account", "AdAccountField")
    AdsPixel = LazyType(_PACKAGE, "models.ads_pixel", "AdsPixel")
    AdsPixelAgenciesPermittedTasks = LazyType(
        _PACKAGE, "models.ads_pixel", "AdsPixelAgenciesPermittedTasks"
    )
    AdsPixelAutomaticMatchingFields = LazyType(
        _PACKAGE, "models.ads_pixel", "AdsPixelAutomaticMatchingFields"
    )
    AdsPixelCreateAssignedUserResult = LazyType(
        _PACKAGE, "models.ads_pixel", "AdsPixelCreateAssignedUserResult"
    )
    AdsPixelCreateEventPlatform = LazyType(
        _PACKAGE, "models.ads_pixel", "AdsPixelCreateEventPlatform"
    )
    AdsPixelCreateEventProgress = LazyType(
        _PACKAGE, "models.ads_pixel", "AdsPixelCreateEventProgress"
    )
    AdsPixelCreateEventResult = LazyType(_PACKAGE, "models.ads_pixel", "AdsPixelCreateEventResult")
    AdsPixelCreateSharedAccountResult = LazyType(
        _PACKAGE, "models.ads_pixel", "AdsPixelCreateSharedAccountResult"
    )
    AdsPixelDaChecksConnectionMethod = LazyType(
        _PACKAGE, "models.ads_pixel", "AdsPixelDaChecksConnectionMethod"
    )
    AdsPixelDataUseSetting = LazyType(_PACKAGE, "models.ads_pixel", "AdsPixelDataUseSetting")
    AdsPixelDeleteSharedAccountsResult = LazyType(
        _PACKAGE, "models.ads_pixel", "AdsPixelDeleteSharedAccountsResult"
    )
    AdsPixelField = LazyType(_PACKAGE, "models.ads_pixel", "AdsPixelField")
    AdsPixelFirstPartyCookieStatus = LazyType(
        _PACKAGE, "models.ads_pixel", "AdsPixelFirstPartyCookieStatus"
    )
    AdsPixelGetAudiencesActionSource = LazyType(
        _PACKAGE, "models.ads_pixel", "AdsPixelGetAudiencesActionSource"
    )
    AdsPixelOfflineEventUploadsOrder = LazyType(
        _PACKAGE, "models.ads_pixel", "AdsPixelOfflineEventUploadsOrder"
    )
    AdsPixelOfflineEventUploadsSortBy = LazyType(
        _PACKAGE, "models.ads_pixel", "AdsPixelOfflineEventUploadsSortBy"
    )
    AdsPixelTasks = LazyType(_PACKAGE, "models.ads_pixel", "AdsPixelTasks")
    CreateAdsPixelResult = LazyType(_PACKAGE, "models.ads_pixel", "CreateAdsPixelResult")
    CreateBusinessAdsPixelResult = LazyType(
        _PACKAGE, "models.ads_pixel", "CreateBusinessAdsPixelResult"
    )
    UpdateAdsPixelResult = LazyType(_PACKAGE, "models.ads_pixel", "UpdateAdsPixelResult")
    AdsPixelStatsResult = LazyType(_PACKAGE, "models.ads_pixel_stats_result", "AdsPixelStatsResult")
    AdsPixelStatsResultAggregation = LazyType(
        _PACKAGE, "models.ads_pixel_stats_result", "AdsPixelStatsResultAggregation"
    )
    AdsPixelStatsResultField = LazyType(
        _PACKAGE, "models.ads_pixel_stats_result", "AdsPixelStatsResultField"
    )
    AssignedUser = LazyType(_PACKAGE, "models.assigned_user", "AssignedUser")
    AssignedUserField = LazyType(_PACKAGE, "models.assigned_user", "AssignedUserField")
    Business = LazyType(_PACKAGE, "models.business", "Business")
    BusinessField = LazyType(_PACKAGE, "models.business", "BusinessField")
    CustomAudience = LazyType(_PACKAGE, "models.custom_audience", "CustomAudience")
    CustomAudienceField = LazyType(_PACKAGE, "models.custom_audience", "CustomAudienceField")
    DACheck = LazyType(_PACKAGE, "models.da_check", "DACheck")
    DACheckField = LazyType(_PACKAGE, "models.da_check", "DACheckField")
    OfflineConversionDataSetUpload = LazyType(
        _PACKAGE, "models.offline_conversion_data_set_upload", "OfflineConversionDataSetUpload"
    )
    OfflineConversionDataSetUploadField = LazyType(
        _PACKAGE, "models.offline_conversion_data_set_upload", "OfflineConversionDataSetUploadField"
    )
    OpenBridgeConfiguration = LazyType(
        _PACKAGE, "models.open_bridge_configuration", "OpenBridgeConfiguration"
    )
    OpenBridgeConfigurationField = LazyType(
        _PACKAGE, "models.open_bridge_configuration", "OpenBridgeConfigurationField"
    )
    ServerEvent = LazyType(_PACKAGE, "models.server_event", "ServerEvent")

__all__ = [
    "get_ads_pixel",
    "get_ads_pixel_async",
    "update_ads_pixel",
    "update_ads_pixel_async",
    "create_ads_pixel",
    "create_ads_pixel_async",
    "create_business_ads_pixel",
    "create_business_ads_pixel_async",
    "get_assigned_users",
    "get_assigned_users_async",
    "iter_assigned_users",
    "iter_assigned_users_async",
    "create_assigned_user",
    "create_assigned_user_async",
    "get_audiences",
    "get_audiences_async",
    "iter_audiences",
    "iter_audiences_async",
    "get_da_checks",
    "get_da_checks_async",
    "iter_da_checks",
    "iter_da_checks_async",
    "create_event",
    "create_event_async",
    "create_event_in_chunks",
    "create_event_in_chunks_async",
    "get_shared_accounts",
    "get_shared_accounts_async",
    "iter_shared_accounts",
    "iter_shared_accounts_async",
    "create_shared_account",
    "create_shared_account_async",
    "delete_shared_accounts",
    "delete_shared_accounts_async",
    "get_shared_agencies",
    "get_shared_agencies_async",
    "iter_shared_agencies",
    "iter_shared_agencies_async",
    "get_stats",
    "get_stats_async",
    "iter_stats",
    "iter_stats_async",
    "get_adaccounts",
    "get_adaccounts_async",
    "iter_adaccounts",
    "iter_adaccounts_async",
    "get_agencies",
    "get_agencies_async",
    "iter_agencies",
    "iter_agencies_async",
    "create_agency",
    "create_agency_async",
    "delete_agencies",
    "delete_agencies_async",
    "create_ahp_config",
    "create_ahp_config_async",
    "get_offline_event_uploads",
    "get_offline_event_uploads_async",
    "iter_offline_event_uploads",
    "iter_offline_event_uploads_async",
    "get_openbridge_configurations",
    "get_openbridge_configurations_async",
    "iter_openbridge_configurations",
    "iter_openbridge_configurations_async",
    "create_shadowtraffichelper",
    "create_shadowtraffichelper_async",
]


_GET_ADS_PIXEL: Operation[AdsPixel] = Operation(
    name="get_ads_pixel",
    method="GET",
    path="/{ads_pixel_id}",
    params=(
        Param("ads_pixel_id", "text", required=True, in_path=True),
        Param("fields", "fields", enum=AdsPixelField),
    ),
    result=AdsPixel,
    errors=(
        100,
        278,
        80004,
        200,
    ),
    paginated=False,
    idempotent=True,
)


def get_ads_pixel(
    client: GraphClient,
    *,
    ads_pixel_id: str,
    fields: Sequence[AdsPixelField | AdsPixelFieldLiteral] | None = None,
    extra_params: Mapping[str, Any] | None = None,
) -> AdsPixel:
    """Read a pixel.

    Graph: ``GET /v25.0/{ads_pixel_id}``

    Args:
        client: The Graph client to send the call with.
        ads_pixel_id: The id in the path.
        fields: The fields to return; Graph's defaults when omitted.
        extra_params: Parameters the spec does not list, by Graph name, sent as given (text and numbers as they are, lists and mappings as JSON; None leaves one out). A name the function declares raises GraphRequestError: use its keyword.

    Returns:
        AdsPixel

    Raises:
        InvalidParameterError: (#100) Invalid parameter
        AdsReadRequiredError: (#278) Reading advertisements requires an access token with the extended permission ads_read
        AdsManagementRateLimitError: (#80004) There have been too many calls to this ad-account. Wait a bit and try again.
        PermissionsError: (#200) Permissions error
        GraphAPIError: Any other error Graph returns.
        GraphTransportError: The call failed before Graph answered, or its answer was not Graph's.
        GraphRequestError: An argument cannot be sent as given.
    """
    return client.execute(
        _GET_ADS_PIXEL,
        {
            "ads_pixel_id": ads_pixel_id,
            "fields": fields,
        },
        extra_params=extra_params,
    )


async def get_ads_pixel_async(
    client: AsyncGraphClient,
    *,
    ads_pixel_id: str,
    fields: Sequence[AdsPixelField | AdsPixelFieldLiteral] | None = None,
    extra_params: Mapping[str, Any] | None = None,
) -> AdsPixel:
    """Read a pixel.

    Graph: ``GET /v25.0/{ads_pixel_id}``

    Args:
        client: The Graph client to send the call with.
        ads_pixel_id: The id in the path.
        fields: The fields to return; Graph's defaults when omitted.
        extra_params: Parameters the spec does not list, by Graph name, sent as given (text and numbers as they are, lists and mappings as JSON; None leaves one out). A name the function declares raises GraphRequestError: use its keyword.

    Returns:
        AdsPixel

    Raises:
        InvalidParameterError: (#100) Invalid parameter
        AdsReadRequiredError: (#278) Reading advertisements requires an access token with the extended permission ads_read
        AdsManagementRateLimitError: (#80004) There have been too many calls to this ad-account. Wait a bit and try again.
        PermissionsError: (#200) Permissions error
        GraphAPIError: Any other error Graph returns.
        GraphTransportError: The call failed before Graph answered, or its answer was not Graph's.
        GraphRequestError: An argument cannot be sent as given.
    """
    return await client.execute(
        _GET_ADS_PIXEL,
        {
            "ads_pixel_id": ads_pixel_id,
            "fields": fields,
        },
        extra_params=extra_params,
    )


_UPDATE_ADS_PIXEL: Operation[UpdateAdsPixelResult] = Operation(
    name="update_ads_pixel",
    method="POST",
    path="/{ads_pixel_id}",
    params=(
        Param("ads_pixel_id", "text", required=True, in_path=True),
        Param("automatic_matching_fields", "json", enum=AdsPixelAutomaticMatchingFields, many=True),
        Param("data_use_setting", "enum", enum=AdsPixelDataUseSetting),
        Param("enable_automatic_matching", "bool"),
        Param("first_party_cookie_status", "enum", enum=AdsPixelFirstPartyCookieStatus),
        Param("name", "text"),
        Param("server_events_business_ids", "json", many=True),
        Param("server_events_business_ids_add", "json", many=True),
        Param("server_events_business_ids_remove", "json", many=True),
    ),
    result=UpdateAdsPixelResult,
    errors=(
        100,
        294,
    ),
    paginated=False,
    idempotent=True,
)


def update_ads_pixel(
    client: GraphClient,
    *,
    ads_pixel_id: str,
    automatic_matching_fields: (
        Sequence[AdsPixelAutomaticMatchingFields | AdsPixelAutomaticMatchingFieldsLiteral] | None
    ) = None,
    data_use_setting: AdsPixelDataUseSetting | AdsPixelDataUseSettingLiteral | None = None,
    enable_automatic_matching: bool | None = None,
    first_party_cookie_status: (
        AdsPixelFirstPartyCookieStatus | AdsPixelFirstPartyCookieStatusLiteral | None
    ) = None,
    name: str | None = None,
    server_events_business_ids: Sequence[str] | None = None,
    server_events_business_ids_add: Sequence[str] | None = None,
    server_events_business_ids_remove: Sequence[str] | None = None,
    extra_params: Mapping[str, Any] | None = None,
) -> UpdateAdsPixelResult:
    """Update a pixel.

    Graph: ``POST /v25.0/{ads_pixel_id}``

    Args:
        client: The Graph client to send the call with.
        ads_pixel_id: The id in the path.
        automatic_matching_fields: Advanced matching fields for which automatic advanced matching should be enabled
        data_use_setting: Setting to capture how pixel data should be used
        enable_automatic_matching: Enable automatic advanced matching for the pixel for identity matching purposes
        first_party_cookie_status: First party cookie status to indicate whether first party cookies can be set for this pixel
        name: Name of the pixel
        server_events_business_ids: The businesses permitted to send server-side events for this pixel.
        server_events_business_ids_add: Businesses to add to the permitted list.
        server_events_business_ids_remove: Businesses to remove from the permitted list.
        extra_params: Parameters the spec does not list, by Graph name, sent as given (text and numbers as they are, lists and mappings as JSON; None leaves one out). A name the function declares raises GraphRequestError: use its keyword.

    Returns:
        UpdateAdsPixelResult

    Raises:
        InvalidParameterError: (#100) Invalid parameter
        AdsManagementRequiredError: (#294) Managing advertisements requires an access token with the extended permission for ads_management
        GraphAPIError: Any other error Graph returns.
        GraphTransportError: The call failed before Graph answered, or its answer was not Graph's.
        GraphRequestError: An argument cannot be sent as given.
    """
    return client.execute(
        _UPDATE_ADS_PIXEL,
        {
            "ads_pixel_id": ads_pixel_id,
            "automatic_matching_fields": automatic_matching_fields,
            "data_use_setting": data_use_setting,
            "enable_automatic_matching": enable_automatic_matching,
            "first_party_cookie_status": first_party_cookie_status,
            "name": name,
            "server_events_business_ids": server_events_business_ids,
            "server_events_business_ids_add": server_events_business_ids_add,
            "server_events_business_ids_remove": server_events_business_ids_remove,
        },
        extra_params=extra_params,
    )


async def update_ads_pixel_async(
    client: AsyncGraphClient,
    *,
    ads_pixel_id: str,
    automatic_matching_fields: (
        Sequence[AdsPixelAutomaticMatchingFields | AdsPixelAutomaticMatchingFieldsLiteral] | None
    ) = None,
    data_use_setting: AdsPixelDataUseSetting | AdsPixelDataUseSettingLiteral | None = None,
    enable_automatic_matching: bool | None = None,
    first_party_cookie_status: (
        AdsPixelFirstPartyCookieStatus | AdsPixelFirstPartyCookieStatusLiteral | None
    ) = None,
    name: str | None = None,
    server_events_business_ids: Sequence[str] | None = None,
    server_events_business_ids_add: Sequence[str] | None = None,
    server_events_business_ids_remove: Sequence[str] | None = None,
    extra_params: Mapping[str, Any] | None = None,
) -> UpdateAdsPixelResult:
    """Update a pixel.

    Graph: ``POST /v25.0/{ads_pixel_id}``

    Args:
        client: The Graph client to send the call with.
        ads_pixel_id: The id in the path.
        automatic_matching_fields: Advanced matching fields for which automatic advanced matching should be enabled
        data_use_setting: Setting to capture how pixel data should be used
        enable_automatic_matching: Enable automatic advanced matching for the pixel for identity matching purposes
        first_party_cookie_status: First party cookie status to indicate whether first party cookies can be set for this pixel
        name: Name of the pixel
        server_events_business_ids: The businesses permitted to send server-side events for this pixel.
        server_events_business_ids_add: Businesses to add to the permitted list.
        server_events_business_ids_remove: Businesses to remove from the permitted list.
        extra_params: Parameters the spec does not list, by Graph name, sent as given (text and numbers as they are, lists and mappings as JSON; None leaves one out). A name the function declares raises GraphRequestError: use its keyword.

    Returns:
        UpdateAdsPixelResult

    Raises:
        InvalidParameterError: (#100) Invalid parameter
        AdsManagementRequiredError: (#294) Managing advertisements requires an access token with the extended permission for ads_management
        GraphAPIError: Any other error Graph returns.
        GraphTransportError: The call failed before Graph answered, or its answer was not Graph's.
        GraphRequestError: An argument cannot be sent as given.
    """
    return await client.execute(
        _UPDATE_ADS_PIXEL,
        {
            "ads_pixel_id": ads_pixel_id,
            "automatic_matching_fields": automatic_matching_fields,
            "data_use_setting": data_use_setting,
            "enable_automatic_matching": enable_automatic_matching,
            "first_party_cookie_status": first_party_cookie_status,
            "name": name,
            "server_events_business_ids": server_events_business_ids,
            "server_events_business_ids_add": server_events_business_ids_add,
            "server_events_business_ids_remove": server_events_business_ids_remove,
        },
        extra_params=extra_params,
    )


_CREATE_ADS_PIXEL: Operation[CreateAdsPixelResult] = Operation(
    name="create_ads_pixel",
    method="POST",
    path="/act_{ad_account_id}/adspixels",
    params=(
        Param("ad_account_id", "text", required=True, in_path=True),
        Param("name", "text"),
    ),
    result=CreateAdsPixelResult,
    errors=(
        200,
        6202,
        6200,
        100,
        294,
        2633,
    ),
    paginated=False,
    idempotent=False,
)


def create_ads_pixel(
    client: GraphClient,
    *,
    ad_account_id: str,
    name: str | None = None,
    extra_params: Mapping[str, Any] | None = None,
) -> CreateAdsPixelResult:
    """Create a pixel under an ad account.

    Graph: ``POST /v25.0/act_{ad_account_id}/adspixels``

    Args:
        client: The Graph client to send the call with.
        ad_account_id: The id in the path.
        name: Name of the pixel
        extra_params: Parameters the spec does not list, by Graph name, sent as given (text and numbers as they are, lists and mappings as JSON; None leaves one out). A name the function declares raises GraphRequestError: use its keyword.

    Returns:
        CreateAdsPixelResult

    Raises:
        PermissionsError: (#200) Permissions error
        MultiplePixelsExistError: (#6202) More than one pixel exist for this account
        PixelAlreadyExistsError: (#6200) A pixel already exists for this account
        InvalidParameterError: (#100) Invalid parameter
        AdsManagementRequiredError: (#294) Managing advertisements requires an access token with the extended permission for ads_management
        SharedLoginDisabledError: (#2633) This shared login is disabled. Go to Ads Manager for more information.
        GraphAPIError: Any other error Graph returns.
        GraphTransportError: The call failed before Graph answered, or its answer was not Graph's.
        GraphRequestError: An argument cannot be sent as given.
    """
    return client.execute(
        _CREATE_ADS_PIXEL,
        {
            "ad_account_id": ad_account_id,
            "name": name,
        },
        extra_params=extra_params,
    )


async def create_ads_pixel_async(
    client: AsyncGraphClient,
    *,
    ad_account_id: str,
    name: str | None = None,
    extra_params: Mapping[str, Any] | None = None,
) -> CreateAdsPixelResult:
    """Create a pixel under an ad account.

    Graph: ``POST /v25.0/act_{ad_account_id}/adspixels``

    Args:
        client: The Graph client to send the call with.
        ad_account_id: The id in the path.
        name: Name of the pixel
        extra_params: Parameters the spec does not list, by Graph name, sent as given (text and numbers as they are, lists and mappings as JSON; None leaves one out). A name the function declares raises GraphRequestError: use its keyword.

    Returns:
        CreateAdsPixelResult

    Raises:
        PermissionsError: (#200) Permissions error
        MultiplePixelsExistError: (#6202) More than one pixel exist for this account
        PixelAlreadyExistsError: (#6200) A pixel already exists for this account
        InvalidParameterError: (#100) Invalid parameter
        AdsManagementRequiredError: (#294) Managing advertisements requires an access token with the extended permission for ads_management
        SharedLoginDisabledError: (#2633) This shared login is disabled. Go to Ads Manager for more information.
        GraphAPIError: Any other error Graph returns.
        GraphTransportError: The call failed before Graph answered, or its answer was not Graph's.
        GraphRequestError: An argument cannot be sent as given.
    """
    return await client.execute(
        _CREATE_ADS_PIXEL,
        {
            "ad_account_id": ad_account_id,
            "name": name,
        },
        extra_params=extra_params,
    )


_CREATE_BUSINESS_ADS_PIXEL: Operation[CreateBusinessAdsPixelResult] = Operation(
    name="create_business_ads_pixel",
    method="POST",
    path="/{business_id}/adspixels",
    params=(
        Param("business_id", "text", required=True, in_path=True),
        Param("name", "text", required=True),
    ),
    result=CreateBusinessAdsPixelResult,
    errors=(100,),
    paginated=False,
    idempotent=False,
)


def create_business_ads_pixel(
    client: GraphClient,
    *,
    business_id: str,
    name: str,
    extra_params: Mapping[str, Any] | None = None,
) -> CreateBusinessAdsPixelResult:
    """Create a pixel owned by a business.

    Graph: ``POST /v25.0/{business_id}/adspixels``

    Args:
        client: The Graph client to send the call with.
        business_id: The id in the path.
        name: Name of the pixel. Required.
        extra_params: Parameters the spec does not list, by Graph name, sent as given (text and numbers as they are, lists and mappings as JSON; None leaves one out). A name the function declares raises GraphRequestError: use its keyword.

    Returns:
        CreateBusinessAdsPixelResult

    Raises:
        InvalidParameterError: (#100) Invalid parameter
        GraphAPIError: Any other error Graph returns.
        GraphTransportError: The call failed before Graph answered, or its answer was not Graph's.
        GraphRequestError: An argument cannot be sent as given.
    """
    return client.execute(
        _CREATE_BUSINESS_ADS_PIXEL,
        {
            "business_id": business_id,
            "name": name,
        },
        extra_params=extra_params,
    )


async def create_business_ads_pixel_async(
    client: AsyncGraphClient,
    *,
    business_id: str,
    name: str,
    extra_params: Mapping[str, Any] | None = None,
) -> CreateBusinessAdsPixelResult:
    """Create a pixel owned by a business.

    Graph: ``POST /v25.0/{business_id}/adspixels``

    Args:
        client: The Graph client to send the call with.
        business_id: The id in the path.
        name: Name of the pixel. Required.
        extra_params: Parameters the spec does not list, by Graph name, sent as given (text and numbers as they are, lists and mappings as JSON; None leaves one out). A name the function declares raises GraphRequestError: use its keyword.

    Returns:
        CreateBusinessAdsPixelResult

    Raises:
        InvalidParameterError: (#100) Invalid parameter
        GraphAPIError: Any other error Graph returns.
        GraphTransportError: The call failed before Graph answered, or its answer was not Graph's.
        GraphRequestError: An argument cannot be sent as given.
    """
    return await client.execute(
        _CREATE_BUSINESS_ADS_PIXEL,
        {
            "business_id": business_id,
            "name": name,
        },
        extra_params=extra_params,
    )


_GET_ASSIGNED_USERS: Operation[Page[AssignedUser]] = Operation(
    name="get_assigned_users",
    method="GET",
    path="/{ads_pixel_id}/assigned_users",
    params=(
        Param("ads_pixel_id", "text", required=True, in_path=True),
        Param("business", "text", required=True),
        Param("limit", "text"),
        Param("after", "text"),
        Param("before", "text"),
        Param("fields", "fields", enum=AssignedUserField),
    ),
    result=Page[AssignedUser],
    errors=(
        100,
        190,
    ),
    paginated=True,
    idempotent=True,
)


def get_assigned_users(
    client: GraphClient,
    *,
    ads_pixel_id: str,
    business: str,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
    fields: Sequence[AssignedUserField | AssignedUserFieldLiteral] | None = None,
    extra_params: Mapping[str, Any] | None = None,
) -> Page[AssignedUser]:
    """List the users assigned to this pixel.

    Graph: ``GET /v25.0/{ads_pixel_id}/assigned_users``
    Returns one page; follow ``paging`` for the rest.

    Args:
        client: The Graph client to send the call with.
        ads_pixel_id: The id in the path.
        business: The business whose users are listed. Required.
        limit: Items per page; Graph's default page size when omitted.
        after: A cursor (``paging.cursors.after`` of an earlier page): start right after it, to resume a listing.
        before: A cursor (``paging.cursors.before`` of an earlier page): the items right before it.
        fields: The fields to return; Graph's defaults when omitted.
        extra_params: Parameters the spec does not list, by Graph name, sent as given (text and numbers as they are, lists and mappings as JSON; None leaves one out). A name the function declares raises GraphRequestError: use its keyword.

    Returns:
        Page[AssignedUser]

    Raises:
        InvalidParameterError: (#100) Invalid parameter
        AccessTokenInvalidError: (#190) Invalid OAuth 2.0 Access Token
        GraphAPIError: Any other error Graph returns.
        GraphTransportError: The call failed before Graph answered, or its answer was not Graph's.
        GraphRequestError: An argument cannot be sent as given.
    """
    return client.execute(
        _GET_ASSIGNED_USERS,
        {
            "ads_pixel_id": ads_pixel_id,
            "business": business,
            "limit": limit,
            "after": after,
            "before": before,
            "fields": fields,
        },
        extra_params=extra_params,
    )


async def get_assigned_users_async(
    client: AsyncGraphClient,
    *,
    ads_pixel_id: str,
    business: str,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
    fields: Sequence[AssignedUserField | AssignedUserFieldLiteral] | None = None,
    extra_params: Mapping[str, Any] | None = None,
) -> Page[AssignedUser]:
    """List the users assigned to this pixel.

    Graph: ``GET /v25.0/{ads_pixel_id}/assigned_users``
    Returns one page; follow ``paging`` for the rest.

    Args:
        client: The Graph client to send the call with.
        ads_pixel_id: The id in the path.
        business: The business whose users are listed. Required.
        limit: Items per page; Graph's default page size when omitted.
        after: A cursor (``paging.cursors.after`` of an earlier page): start right after it, to resume a listing.
        before: A cursor (``paging.cursors.before`` of an earlier page): the items right before it.
        fields: The fields to return; Graph's defaults when omitted.
        extra_params: Parameters the spec does not list, by Graph name, sent as given (text and numbers as they are, lists and mappings as JSON; None leaves one out). A name the function declares raises GraphRequestError: use its keyword.

    Returns:
        Page[AssignedUser]

    Raises:
        InvalidParameterError: (#100) Invalid parameter
        AccessTokenInvalidError: (#190) Invalid OAuth 2.0 Access Token
        GraphAPIError: Any other error Graph returns.
        GraphTransportError: The call failed before Graph answered, or its answer was not Graph's.
        GraphRequestError: An argument cannot be sent as given.
    """
    return await client.execute(
        _GET_ASSIGNED_USERS,
        {
            "ads_pixel_id": ads_pixel_id,
            "business": business,
            "limit": limit,
            "after": after,
            "before": before,
            "fields": fields,
        },
        extra_params=extra_params,
    )


def iter_assigned_users(
    client: GraphClient,
    *,
    ads_pixel_id: str,
    business: str,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
    fields: Sequence[AssignedUserField | AssignedUserFieldLiteral] | None = None,
    max_pages: int | None = None,
    extra_params: Mapping[str, Any] | None = None,
) -> Iterator[AssignedUser]:
    """Every AssignedUser of ``get_assigned_users``, page after page.

    Follows ``paging.next`` until Graph has no next page (or ``max_pages`` pages were read). Each page
    is one call, retried like ``get_assigned_users``; errors are raised as it raises them. The arguments are
    those of ``get_assigned_users``: ``limit`` sets the page size, ``after`` resumes from a cursor.
    """
    return client.iterate(
        _GET_ASSIGNED_USERS,
        {
            "ads_pixel_id": ads_pixel_id,
            "business": business,
            "limit": limit,
            "after": after,
            "before": before,
            "fields": fields,
        },
        max_pages=max_pages,
        extra_params=extra_params,
    )


def iter_assigned_users_async(
    client: AsyncGraphClient,
    *,
    ads_pixel_id: str,
    business: str,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
    fields: Sequence[AssignedUserField | AssignedUserFieldLiteral] | None = None,
    max_pages: int | None = None,
    extra_params: Mapping[str, Any] | None = None,
) -> AsyncIterator[AssignedUser]:
    """Every AssignedUser of ``get_assigned_users``, page after page.

    Follows ``paging.next`` until Graph has no next page (or ``max_pages`` pages were read). Each page
    is one call, retried like ``get_assigned_users``; errors are raised as it raises them. The arguments are
    those of ``get_assigned_users``: ``limit`` sets the page size, ``after`` resumes from a cursor.
    """
    return client.iterate(
        _GET_ASSIGNED_USERS,
        {
            "ads_pixel_id": ads_pixel_id,
            "business": business,
            "limit": limit,
            "after": after,
            "before": before,
            "fields": fields,
        },
        max_pages=max_pages,
        extra_params=extra_params,
    )


_CREATE_ASSIGNED_USER: Operation[AdsPixelCreateAssignedUserResult] = Operation(
    name="create_assigned_user",
    method="POST",
    path="/{ads_pixel_id}/assigned_users",
    params=(
        Param("ads_pixel_id", "text", required=True, in_path=True),
        Param("tasks", "json", required=True, enum=AdsPixelTasks, many=True),
        Param("user", "text", required=True),
    ),
    result=AdsPixelCreateAssignedUserResult,
    errors=(
        100,
        200,
    ),
    paginated=False,
    idempotent=False,
)


def create_assigned_user(
    client: GraphClient,
    *,
    ads_pixel_id: str,
    tasks: Sequence[AdsPixelTasks | AdsPixelTasksLiteral],
    user: int,
    extra_params: Mapping[str, Any] | None = None,
) -> AdsPixelCreateAssignedUserResult:
    """Assign a user to this pixel.

    Graph: ``POST /v25.0/{ads_pixel_id}/assigned_users``

    Args:
        client: The Graph client to send the call with.
        ads_pixel_id: The id in the path.
        tasks: The tasks the user gets on the pixel. Required.
        user: The id of the business or system user. Required.
        extra_params: Parameters the spec does not list, by Graph name, sent as given (text and numbers as they are, lists and mappings as JSON; None leaves one out). A name the function declares raises GraphRequestError: use its keyword.

    Returns:
        AdsPixelCreateAssignedUserResult

    Raises:
        InvalidParameterError: (#100) Invalid parameter
        PermissionsError: (#200) Permissions error
        GraphAPIError: Any other error Graph returns.
        GraphTransportError: The call failed before Graph answered, or its answer was not Graph's.
        GraphRequestError: An argument cannot be sent as given.
    """
    return client.execute(
        _CREATE_ASSIGNED_USER,
        {
            "ads_pixel_id": ads_pixel_id,
            "tasks": tasks,
            "user": user,
        },
        extra_params=extra_params,
    )


async def create_assigned_user_async(
    client: AsyncGraphClient,
    *,
    ads_pixel_id: str,
    tasks: Sequence[AdsPixelTasks | AdsPixelTasksLiteral],
    user: int,
    extra_params: Mapping[str, Any] | None = None,
) -> AdsPixelCreateAssignedUserResult:
    """Assign a user to this pixel.

    Graph: ``POST /v25.0/{ads_pixel_id}/assigned_users``

    Args:
        client: The Graph client to send the call with.
        ads_pixel_id: The id in the path.
        tasks: The tasks the user gets on the pixel. Required.
        user: The id of the business or system user. Required.
        extra_params: Parameters the spec does not list, by Graph name, sent as given (text and numbers as they are, lists and mappings as JSON; None leaves one out). A name the function declares raises GraphRequestError: use its keyword.

    Returns:
        AdsPixelCreateAssignedUserResult

    Raises:
        InvalidParameterError: (#100) Invalid parameter
        PermissionsError: (#200) Permissions error
        GraphAPIError: Any other error Graph returns.
        GraphTransportError: The call failed before Graph answered, or its answer was not Graph's.
        GraphRequestError: An argument cannot be sent as given.
    """
    return await client.execute(
        _CREATE_ASSIGNED_USER,
        {
            "ads_pixel_id": ads_pixel_id,
            "tasks": tasks,
            "user": user,
        },
        extra_params=extra_params,
    )


_GET_AUDIENCES: Operation[Page[CustomAudience]] = Operation(
    name="get_audiences",
    method="GET",
    path="/{ads_pixel_id}/audiences",
    params=(
        Param("ads_pixel_id", "text", required=True, in_path=True),
        Param("action_source", "enum", enum=AdsPixelGetAudiencesActionSource),
        Param("ad_account", "text"),
        Param("limit", "text"),
        Param("after", "text"),
        Param("before", "text"),
        Param("fields", "fields", enum=CustomAudienceField),
    ),
    result=Page[CustomAudience],
    errors=(100,),
    paginated=True,
    idempotent=True,
)


def get_audiences(
    client: GraphClient,
    *,
    ads_pixel_id: str,
    action_source: (
        AdsPixelGetAudiencesActionSource | AdsPixelGetAudiencesActionSourceLiteral | None
    ) = None,
    ad_account: str | None = None,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
    fields: Sequence[CustomAudienceField | CustomAudienceFieldLiteral] | None = None,
    extra_params: Mapping[str, Any] | None = None,
) -> Page[CustomAudience]:
    """GET /{ads_pixel_id}/audiences

    Graph: ``GET /v25.0/{ads_pixel_id}/audiences``
    Returns one page; follow ``paging`` for the rest.

    Args:
        client: The Graph client to send the call with.
        ads_pixel_id: The id in the path.
        action_source: Only audiences built from events of this source.
        ad_account: Optional ad account ID to filter on.
        limit: Items per page; Graph's default page size when omitted.
        after: A cursor (``paging.cursors.after`` of an earlier page): start right after it, to resume a listing.
        before: A cursor (``paging.cursors.before`` of an earlier page): the items right before it.
        fields: The fields to return; Graph's defaults when omitted.
        extra_params: Parameters the spec does not list, by Graph name, sent as given (text and numbers as they are, lists and mappings as JSON; None leaves one out). A name the function declares raises GraphRequestError: use its keyword.

    Returns:
        Page[CustomAudience]

    Raises:
        InvalidParameterError: (#100) Invalid parameter
        GraphAPIError: Any other error Graph returns.
        GraphTransportError: The call failed before Graph answered, or its answer was not Graph's.
        GraphRequestError: An argument cannot be sent as given.
    """
    return client.execute(
        _GET_AUDIENCES,
        {
            "ads_pixel_id": ads_pixel_id,
            "action_source": action_source,
            "ad_account": ad_account,
            "limit": limit,
            "after": after,
            "before": before,
            "fields": fields,
        },
        extra_params=extra_params,
    )


async def get_audiences_async(
    client: AsyncGraphClient,
    *,
    ads_pixel_id: str,
    action_source: (
        AdsPixelGetAudiencesActionSource | AdsPixelGetAudiencesActionSourceLiteral | None
    ) = None,
    ad_account: str | None = None,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
    fields: Sequence[CustomAudienceField | CustomAudienceFieldLiteral] | None = None,
    extra_params: Mapping[str, Any] | None = None,
) -> Page[CustomAudience]:
    """GET /{ads_pixel_id}/audiences

    Graph: ``GET /v25.0/{ads_pixel_id}/audiences``
    Returns one page; follow ``paging`` for the rest.

    Args:
        client: The Graph client to send the call with.
        ads_pixel_id: The id in the path.
        action_source: Only audiences built from events of this source.
        ad_account: Optional ad account ID to filter on.
        limit: Items per page; Graph's default page size when omitted.
        after: A cursor (``paging.cursors.after`` of an earlier page): start right after it, to resume a listing.
        before: A cursor (``paging.cursors.before`` of an earlier page): the items right before it.
        fields: The fields to return; Graph's defaults when omitted.
        extra_params: Parameters the spec does not list, by Graph name, sent as given (text and numbers as they are, lists and mappings as JSON; None leaves one out). A name the function declares raises GraphRequestError: use its keyword.

    Returns:
        Page[CustomAudience]

    Raises:
        InvalidParameterError: (#100) Invalid parameter
        GraphAPIError: Any other error Graph returns.
        GraphTransportError: The call failed before Graph answered, or its answer was not Graph's.
        GraphRequestError: An argument cannot be sent as given.
    """
    return await client.execute(
        _GET_AUDIENCES,
        {
            "ads_pixel_id": ads_pixel_id,
            "action_source": action_source,
            "ad_account": ad_account,
            "limit": limit,
            "after": after,
            "before": before,
            "fields": fields,
        },
        extra_params=extra_params,
    )


def iter_audiences(
    client: GraphClient,
    *,
    ads_pixel_id: str,
    action_source: (
        AdsPixelGetAudiencesActionSource | AdsPixelGetAudiencesActionSourceLiteral | None
    ) = None,
    ad_account: str | None = None,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
    fields: Sequence[CustomAudienceField | CustomAudienceFieldLiteral] | None = None,
    max_pages: int | None = None,
    extra_params: Mapping[str, Any] | None = None,
) -> Iterator[CustomAudience]:
    """Every CustomAudience of ``get_audiences``, page after page.

    Follows ``paging.next`` until Graph has no next page (or ``max_pages`` pages were read). Each page
    is one call, retried like ``get_audiences``; errors are raised as it raises them. The arguments are
    those of ``get_audiences``: ``limit`` sets the page size, ``after`` resumes from a cursor.
    """
    return client.iterate(
        _GET_AUDIENCES,
        {
            "ads_pixel_id": ads_pixel_id,
            "action_source": action_source,
            "ad_account": ad_account,
            "limit": limit,
            "after": after,
            "before": before,
            "fields": fields,
        },
        max_pages=max_pages,
        extra_params=extra_params,
    )


def iter_audiences_async(
    client: AsyncGraphClient,
    *,
    ads_pixel_id: str,
    action_source: (
        AdsPixelGetAudiencesActionSource | AdsPixelGetAudiencesActionSourceLiteral | None
    ) = None,
    ad_account: str | None = None,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
    fields: Sequence[CustomAudienceField | CustomAudienceFieldLiteral] | None = None,
    max_pages: int | None = None,
    extra_params: Mapping[str, Any] | None = None,
) -> AsyncIterator[CustomAudience]:
    """Every CustomAudience of ``get_audiences``, page after page.

    Follows ``paging.next`` until Graph has no next page (or ``max_pages`` pages were read). Each page
    is one call, retried like ``get_audiences``; errors are raised as it raises them. The arguments are
    those of ``get_audiences``: ``limit`` sets the page size, ``after`` resumes from a cursor.
    """
    return client.iterate(
        _GET_AUDIENCES,
        {
            "ads_pixel_id": ads_pixel_id,
            "action_source": action_source,
            "ad_account": ad_account,
            "limit": limit,
            "after": after,
            "before": before,
            "fields": fields,
        },
        max_pages=max_pages,
        extra_params=extra_params,
    )


_GET_DA_CHECKS: Operation[Page[DACheck]] = Operation(
    name="get_da_checks",
    method="GET",
    path="/{ads_pixel_id}/da_checks",
    params=(
        Param("ads_pixel_id", "text", required=True, in_path=True),
        Param("checks", "json", many=True),
        Param("connection_method", "enum", enum=AdsPixelDaChecksConnectionMethod),
        Param("limit", "text"),
        Param("after", "text"),
        Param("before", "text"),
        Param("fields", "fields", enum=DACheckField),
    ),
    result=Page[DACheck],
    errors=(
        100,
        368,
        80004,
    ),
    paginated=True,
    idempotent=True,
)


def get_da_checks(
    client: GraphClient,
    *,
    ads_pixel_id: str,
    checks: Sequence[str] | None = None,
    connection_method: (
        AdsPixelDaChecksConnectionMethod | AdsPixelDaChecksConnectionMethodLiteral | None
    ) = None,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
    fields: Sequence[DACheckField | DACheckFieldLiteral] | None = None,
    extra_params: Mapping[str, Any] | None = None,
) -> Page[DACheck]:
    """GET /{ads_pixel_id}/da_checks

    Graph: ``GET /v25.0/{ads_pixel_id}/da_checks``
    Returns one page; follow ``paging`` for the rest.

    Args:
        client: The Graph client to send the call with.
        ads_pixel_id: The id in the path.
        checks: The Dynamic Ads checks to run; all checks run when omitted.
        connection_method: The connection method of the pixel or app events to check.
        limit: Items per page; Graph's default page size when omitted.
        after: A cursor (``paging.cursors.after`` of an earlier page): start right after it, to resume a listing.
        before: A cursor (``paging.cursors.before`` of an earlier page): the items right before it.
        fields: The fields to return; Graph's defaults when omitted.
        extra_params: Parameters the spec does not list, by Graph name, sent as given (text and numbers as they are, lists and mappings as JSON; None leaves one out). A name the function declares raises GraphRequestError: use its keyword.

    Returns:
        Page[DACheck]

    Raises:
        InvalidParameterError: (#100) Invalid parameter
        ActionDeemedAbusiveError: (#368) The action attempted has been deemed abusive or is otherwise disallowed
        AdsManagementRateLimitError: (#80004) There have been too many calls to this ad-account. Wait a bit and try again.
        GraphAPIError: Any other error Graph returns.
        GraphTransportError: The call failed before Graph answered, or its answer was not Graph's.
        GraphRequestError: An argument cannot be sent as given.
    """
    return client.execute(
        _GET_DA_CHECKS,
        {
            "ads_pixel_id": ads_pixel_id,
            "checks": checks,
            "connection_method": connection_method,
            "limit": limit,
            "after": after,
            "before": before,
            "fields": fields,
        },
        extra_params=extra_params,
    )


async def get_da_checks_async(
    client: AsyncGraphClient,
    *,
    ads_pixel_id: str,
    checks: Sequence[str] | None = None,
    connection_method: (
        AdsPixelDaChecksConnectionMethod | AdsPixelDaChecksConnectionMethodLiteral | None
    ) = None,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
    fields: Sequence[DACheckField | DACheckFieldLiteral] | None = None,
    extra_params: Mapping[str, Any] | None = None,
) -> Page[DACheck]:
    """GET /{ads_pixel_id}/da_checks

    Graph: ``GET /v25.0/{ads_pixel_id}/da_checks``
    Returns one page; follow ``paging`` for the rest.

    Args:
        client: The Graph client to send the call with.
        ads_pixel_id: The id in the path.
        checks: The Dynamic Ads checks to run; all checks run when omitted.
        connection_method: The connection method of the pixel or app events to check.
        limit: Items per page; Graph's default page size when omitted.
        after: A cursor (``paging.cursors.after`` of an earlier page): start right after it, to resume a listing.
        before: A cursor (``paging.cursors.before`` of an earlier page): the items right before it.
        fields: The fields to return; Graph's defaults when omitted.
        extra_params: Parameters the spec does not list, by Graph name, sent as given (text and numbers as they are, lists and mappings as JSON; None leaves one out). A name the function declares raises GraphRequestError: use its keyword.

    Returns:
        Page[DACheck]

    Raises:
        InvalidParameterError: (#100) Invalid parameter
        ActionDeemedAbusiveError: (#368) The action attempted has been deemed abusive or is otherwise disallowed
        AdsManagementRateLimitError: (#80004) There have been too many calls to this ad-account. Wait a bit and try again.
        GraphAPIError: Any other error Graph returns.
        GraphTransportError: The call failed before Graph answered, or its answer was not Graph's.
        GraphRequestError: An argument cannot be sent as given.
    """
    return await client.execute(
        _GET_DA_CHECKS,
        {
            "ads_pixel_id": ads_pixel_id,
            "checks": checks,
            "connection_method": connection_method,
            "limit": limit,
            "after": after,
            "before": before,
            "fields": fields,
        },
        extra_params=extra_params,
    )


def iter_da_checks(
    client: GraphClient,
    *,
    ads_pixel_id: str,
    checks: Sequence[str] | None = None,
    connection_method: (
        AdsPixelDaChecksConnectionMethod | AdsPixelDaChecksConnectionMethodLiteral | None
    ) = None,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
    fields: Sequence[DACheckField | DACheckFieldLiteral] | None = None,
    max_pages: int | None = None,
    extra_params: Mapping[str, Any] | None = None,
) -> Iterator[DACheck]:
    """Every DACheck of ``get_da_checks``, page after page.

    Follows ``paging.next`` until Graph has no next page (or ``max_pages`` pages were read). Each page
    is one call, retried like ``get_da_checks``; errors are raised as it raises them. The arguments are
    those of ``get_da_checks``: ``limit`` sets the page size, ``after`` resumes from a cursor.
    """
    return client.iterate(
        _GET_DA_CHECKS,
        {
            "ads_pixel_id": ads_pixel_id,
            "checks": checks,
            "connection_method": connection_method,
            "limit": limit,
            "after": after,
            "before": before,
            "fields": fields,
        },
        max_pages=max_pages,
        extra_params=extra_params,
    )


def iter_da_checks_async(
    client: AsyncGraphClient,
    *,
    ads_pixel_id: str,
    checks: Sequence[str] | None = None,
    connection_method: (
        AdsPixelDaChecksConnectionMethod | AdsPixelDaChecksConnectionMethodLiteral | None
    ) = None,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
    fields: Sequence[DACheckField | DACheckFieldLiteral] | None = None,
    max_pages: int | None = None,
    extra_params: Mapping[str, Any] | None = None,
) -> AsyncIterator[DACheck]:
    """Every DACheck of ``get_da_checks``, page after page.

    Follows ``paging.next`` until Graph has no next page (or ``max_pages`` pages were read). Each page
    is one call, retried like ``get_da_checks``; errors are raised as it raises them. The arguments are
    those of ``get_da_checks``: ``limit`` sets the page size, ``after`` resumes from a cursor.
    """
    return client.iterate(
        _GET_DA_CHECKS,
        {
            "ads_pixel_id": ads_pixel_id,
            "checks": checks,
            "connection_method": connection_method,
            "limit": limit,
            "after": after,
            "before": before,
            "fields": fields,
        },
        max_pages=max_pages,
        extra_params=extra_params,
    )


_CREATE_EVENT: Operation[AdsPixelCreateEventResult] = Operation(
    name="create_event",
    method="POST",
    path="/{ads_pixel_id}/events",
    params=(
        Param("ads_pixel_id", "text", required=True, in_path=True),
        Param("data", "json", required=True, max_items=1000, model=ServerEvent, many=True),
        Param("platforms", "json", model=AdsPixelCreateEventPlatform, many=True),
        Param("progress", "json", model=AdsPixelCreateEventProgress),
        Param("test_event_code", "text"),
        Param("namespace_id", "text"),
        Param("partner_agent", "text"),
        Param("trace", "text"),
        Param("upload_id", "text"),
        Param("upload_source", "text"),
        Param("upload_tag", "text"),
    ),
    result=AdsPixelCreateEventResult,
    errors=(
        200,
        100,
        190,
    ),
    paginated=False,
    idempotent=False,
)


def create_event(
    client: GraphClient,
    *,
    ads_pixel_id: str,
    data: Sequence[ServerEvent | Mapping[str, Any]],
    platforms: Sequence[AdsPixelCreateEventPlatform | Mapping[str, Any]] | None = None,
    progress: AdsPixelCreateEventProgress | Mapping[str, Any] | None = None,
    test_event_code: str | None = None,
    namespace_id: str | None = None,
    partner_agent: str | None = None,
    trace: int | None = None,
    upload_id: str | None = None,
    upload_source: str | None = None,
    upload_tag: str | None = None,
    extra_params: Mapping[str, Any] | None = None,
) -> AdsPixelCreateEventResult:
    """Send server events to this pixel. When posting to this edge, no Graph object will be created.

    Graph: ``POST /v25.0/{ads_pixel_id}/events``

    Example request, from Ads Pixel Events reference page, /{ads_pixel_id}/events, Graph API v25.0 (scraped copy, updated Jan 2, 2024)::

        POST /v25.0/<PIXEL_ID>/events
        data=%5B%7B%22event_name%22%3A%22PageView%22%2C%22event_time%22%3A1778607673%2C%22user_data%22%3A%7B%22fbc%22%3A%22fb.1.1554763741205.AbCdEfGhIjKlMnOpQrStUvWxYz1234567890%22%2C%22fbp%22%3A%22fb.1.1558571054389.1098115397%22%2C%22em%22%3A%22309a0a5c3e211326ae75ca18196d301a9bdbd1a882a4d2569511033da23f0abd%22%7D%7D%5D

    The call that sends it::

        create_event(client, ads_pixel_id='<PIXEL_ID>', data=[{'event_name': 'PageView', 'event_time': 1778607673, 'user_data': {'fbc': 'fb.1.1554763741205.AbCdEfGhIjKlMnOpQrStUvWxYz1234567890', 'fbp': 'fb.1.1558571054389.1098115397', 'em': '309a0a5c3e211326ae75ca18196d301a9bdbd1a882a4d2569511033da23f0abd'}}])

    Args:
        client: The Graph client to send the call with.
        ads_pixel_id: The id in the path.
        data: The server events to record, JSON-encoded: each element is one event. Graph takes at most 1,000 events per request. Required.
        platforms: The platforms the events come from, each named with its type and version.
        progress: upload progress for offline events
        test_event_code: Code that is used to identify server test events
        namespace_id: Not described by the reference.
        partner_agent: Not described by the reference.
        trace: Not described by the reference.
        upload_id: Not described by the reference.
        upload_source: Not described by the reference.
        upload_tag: Not described by the reference.
        extra_params: Parameters the spec does not list, by Graph name, sent as given (text and numbers as they are, lists and mappings as JSON; None leaves one out). A name the function declares raises GraphRequestError: use its keyword.

    Returns:
        AdsPixelCreateEventResult

    Raises:
        PermissionsError: (#200) Permissions error
        InvalidParameterError: (#100) Invalid parameter
        AccessTokenInvalidError: (#190) Invalid OAuth 2.0 Access Token
        GraphAPIError: Any other error Graph returns.
        GraphTransportError: The call failed before Graph answered, or its answer was not Graph's.
        GraphRequestError: An argument cannot be sent as given.
    """
    return client.execute(
        _CREATE_EVENT,
        {
            "ads_pixel_id": ads_pixel_id,
            "data": data,
            "platforms": platforms,
            "progress": progress,
            "test_event_code": test_event_code,
            "namespace_id": namespace_id,
            "partner_agent": partner_agent,
            "trace": trace,
            "upload_id": upload_id,
            "upload_source": upload_source,
            "upload_tag": upload_tag,
        },
        extra_params=extra_params,
    )


async def create_event_async(
    client: AsyncGraphClient,
    *,
    ads_pixel_id: str,
    data: Sequence[ServerEvent | Mapping[str, Any]],
    platforms: Sequence[AdsPixelCreateEventPlatform | Mapping[str, Any]] | None = None,
    progress: AdsPixelCreateEventProgress | Mapping[str, Any] | None = None,
    test_event_code: str | None = None,
    namespace_id: str | None = None,
    partner_agent: str | None = None,
    trace: int | None = None,
    upload_id: str | None = None,
    upload_source: str | None = None,
    upload_tag: str | None = None,
    extra_params: Mapping[str, Any] | None = None,
) -> AdsPixelCreateEventResult:
    """Send server events to this pixel. When posting to this edge, no Graph object will be created.

    Graph: ``POST /v25.0/{ads_pixel_id}/events``

    Example request, from Ads Pixel Events reference page, /{ads_pixel_id}/events, Graph API v25.0 (scraped copy, updated Jan 2, 2024)::

        POST /v25.0/<PIXEL_ID>/events
        data=%5B%7B%22event_name%22%3A%22PageView%22%2C%22event_time%22%3A1778607673%2C%22user_data%22%3A%7B%22fbc%22%3A%22fb.1.1554763741205.AbCdEfGhIjKlMnOpQrStUvWxYz1234567890%22%2C%22fbp%22%3A%22fb.1.1558571054389.1098115397%22%2C%22em%22%3A%22309a0a5c3e211326ae75ca18196d301a9bdbd1a882a4d2569511033da23f0abd%22%7D%7D%5D

    The call that sends it::

        create_event(client, ads_pixel_id='<PIXEL_ID>', data=[{'event_name': 'PageView', 'event_time': 1778607673, 'user_data': {'fbc': 'fb.1.1554763741205.AbCdEfGhIjKlMnOpQrStUvWxYz1234567890', 'fbp': 'fb.1.1558571054389.1098115397', 'em': '309a0a5c3e211326ae75ca18196d301a9bdbd1a882a4d2569511033da23f0abd'}}])

    Args:
        client: The Graph client to send the call with.
        ads_pixel_id: The id in the path.
        data: The server events to record, JSON-encoded: each element is one event. Graph takes at most 1,000 events per request. Required.
        platforms: The platforms the events come from, each named with its type and version.
        progress: upload progress for offline events
        test_event_code: Code that is used to identify server test events
        namespace_id: Not described by the reference.
        partner_agent: Not described by the reference.
        trace: Not described by the reference.
        upload_id: Not described by the reference.
        upload_source: Not described by the reference.
        upload_tag: Not described by the reference.
        extra_params: Parameters the spec does not list, by Graph name, sent as given (text and numbers as they are, lists and mappings as JSON; None leaves one out). A name the function declares raises GraphRequestError: use its keyword.

    Returns:
        AdsPixelCreateEventResult

    Raises:
        PermissionsError: (#200) Permissions error
        InvalidParameterError: (#100) Invalid parameter
        AccessTokenInvalidError: (#190) Invalid OAuth 2.0 Access Token
        GraphAPIError: Any other error Graph returns.
        GraphTransportError: The call failed before Graph answered, or its answer was not Graph's.
        GraphRequestError: An argument cannot be sent as given.
    """
    return await client.execute(
        _CREATE_EVENT,
        {
            "ads_pixel_id": ads_pixel_id,
            "data": data,
            "platforms": platforms,
            "progress": progress,
            "test_event_code": test_event_code,
            "namespace_id": namespace_id,
            "partner_agent": partner_agent,
            "trace": trace,
            "upload_id": upload_id,
            "upload_source": upload_source,
            "upload_tag": upload_tag,
        },
        extra_params=extra_params,
    )


def create_event_in_chunks(
    client: GraphClient,
    *,
    ads_pixel_id: str,
    data: Sequence[ServerEvent | Mapping[str, Any]],
    platforms: Sequence[AdsPixelCreateEventPlatform | Mapping[str, Any]] | None = None,
    progress: AdsPixelCreateEventProgress | Mapping[str, Any] | None = None,
    test_event_code: str | None = None,
    namespace_id: str | None = None,
    partner_agent: str | None = None,
    trace: int | None = None,
    upload_id: str | None = None,
    upload_source: str | None = None,
    upload_tag: str | None = None,
    chunk_size: int = 1000,
    extra_params: Mapping[str, Any] | None = None,
) -> list[ChunkResult[AdsPixelCreateEventResult]]:
    """``create_event`` for any number of ``data``: one call per 1000 of them, at most.

    Graph takes at most 1000 per request. Each chunk is sent in turn, retried like ``create_event``; a
    chunk that fails does not stop the others. Returns one ChunkResult per chunk, in order, holding its
    result or its error.
    """
    return client.execute_in_chunks(
        _CREATE_EVENT,
        {
            "ads_pixel_id": ads_pixel_id,
            "data": data,
            "platforms": platforms,
            "progress": progress,
            "test_event_code": test_event_code,
            "namespace_id": namespace_id,
            "partner_agent": partner_agent,
            "trace": trace,
            "upload_id": upload_id,
            "upload_source": upload_source,
            "upload_tag": upload_tag,
        },
        param="data",
        size=chunk_size,
        extra_params=extra_params,
    )


async def create_event_in_chunks_async(
    client: AsyncGraphClient,
    *,
    ads_pixel_id: str,
    data: Sequence[ServerEvent | Mapping[str, Any]],
    platforms: Sequence[AdsPixelCreateEventPlatform | Mapping[str, Any]] | None = None,
    progress: AdsPixelCreateEventProgress | Mapping[str, Any] | None = None,
    test_event_code: str | None = None,
    namespace_id: str | None = None,
    partner_agent: str | None = None,
    trace: int | None = None,
    upload_id: str | None = None,
    upload_source: str | None = None,
    upload_tag: str | None = None,
    chunk_size: int = 1000,
    extra_params: Mapping[str, Any] | None = None,
) -> list[ChunkResult[AdsPixelCreateEventResult]]:
    """``create_event`` for any number of ``data``: one call per 1000 of them, at most.

    Graph takes at most 1000 per request. Each chunk is sent in turn, retried like ``create_event``; a
    chunk that fails does not stop the others. Returns one ChunkResult per chunk, in order, holding its
    result or its error.
    """
    return await client.execute_in_chunks(
        _CREATE_EVENT,
        {
            "ads_pixel_id": ads_pixel_id,
            "data": data,
            "platforms": platforms,
            "progress": progress,
            "test_event_code": test_event_code,
            "namespace_id": namespace_id,
            "partner_agent": partner_agent,
            "trace": trace,
            "upload_id": upload_id,
            "upload_source": upload_source,
            "upload_tag": upload_tag,
        },
        param="data",
        size=chunk_size,
        extra_params=extra_params,
    )


_GET_SHARED_ACCOUNTS: Operation[Page[AdAccount]] = Operation(
    name="get_shared_accounts",
    method="GET",
    path="/{ads_pixel_id}/shared_accounts",
    params=(
        Param("ads_pixel_id", "text", required=True, in_path=True),
        Param("business", "text", required=True),
        Param("limit", "text"),
        Param("after", "text"),
        Param("before", "text"),
        Param("fields", "fields", enum=AdAccountField),
    ),
    result=Page[AdAccount],
    errors=(
        100,
        190,
    ),
    paginated=True,
    idempotent=True,
)


def get_shared_accounts(
    client: GraphClient,
    *,
    ads_pixel_id: str,
    business: str,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
    fields: Sequence[AdAccountField | AdAccountFieldLiteral] | None = None,
    extra_params: Mapping[str, Any] | None = None,
) -> Page[AdAccount]:
    """List the ad accounts of a business that this pixel is shared with.

    Graph: ``GET /v25.0/{ads_pixel_id}/shared_accounts``
    Returns one page; follow ``paging`` for the rest.

    Args:
        client: The Graph client to send the call with.
        ads_pixel_id: The id in the path.
        business: ID of the business whose ad accounts the pixel was shared to are fetched Required.
        limit: Items per page; Graph's default page size when omitted.
        after: A cursor (``paging.cursors.after`` of an earlier page): start right after it, to resume a listing.
        before: A cursor (``paging.cursors.before`` of an earlier page): the items right before it.
        fields: The fields to return; Graph's defaults when omitted.
        extra_params: Parameters the spec does not list, by Graph name, sent as given (text and numbers as they are, lists and mappings as JSON; None leaves one out). A name the function declares raises GraphRequestError: use its keyword.

    Returns:
        Page[AdAccount]

    Raises:
        InvalidParameterError: (#100) Invalid parameter
        AccessTokenInvalidError: (#190) Invalid OAuth 2.0 Access Token
        GraphAPIError: Any other error Graph returns.
        GraphTransportError: The call failed before Graph answered, or its answer was not Graph's.
        GraphRequestError: An argument cannot be sent as given.
    """
    return client.execute(
        _GET_SHARED_ACCOUNTS,
        {
            "ads_pixel_id": ads_pixel_id,
            "business": business,
            "limit": limit,
            "after": after,
            "before": before,
            "fields": fields,
        },
        extra_params=extra_params,
    )


async def get_shared_accounts_async(
    client: AsyncGraphClient,
    *,
    ads_pixel_id: str,
    business: str,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
    fields: Sequence[AdAccountField | AdAccountFieldLiteral] | None = None,
    extra_params: Mapping[str, Any] | None = None,
) -> Page[AdAccount]:
    """List the ad accounts of a business that this pixel is shared with.

    Graph: ``GET /v25.0/{ads_pixel_id}/shared_accounts``
    Returns one page; follow ``paging`` for the rest.

    Args:
        client: The Graph client to send the call with.
        ads_pixel_id: The id in the path.
        business: ID of the business whose ad accounts the pixel was shared to are fetched Required.
        limit: Items per page; Graph's default page size when omitted.
        after: A cursor (``paging.cursors.after`` of an earlier page): start right after it, to resume a listing.
        before: A cursor (``paging.cursors.before`` of an earlier page): the items right before it.
        fields: The fields to return; Graph's defaults when omitted.
        extra_params: Parameters the spec does not list, by Graph name, sent as given (text and numbers as they are, lists and mappings as JSON; None leaves one out). A name the function declares raises GraphRequestError: use its keyword.

    Returns:
        Page[AdAccount]

    Raises:
        InvalidParameterError: (#100) Invalid parameter
        AccessTokenInvalidError: (#190) Invalid OAuth 2.0 Access Token
        GraphAPIError: Any other error Graph returns.
        GraphTransportError: The call failed before Graph answered, or its answer was not Graph's.
        GraphRequestError: An argument cannot be sent as given.
    """
    return await client.execute(
        _GET_SHARED_ACCOUNTS,
        {
            "ads_pixel_id": ads_pixel_id,
            "business": business,
            "limit": limit,
            "after": after,
            "before": before,
            "fields": fields,
        },
        extra_params=extra_params,
    )


def iter_shared_accounts(
    client: GraphClient,
    *,
    ads_pixel_id: str,
    business: str,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
    fields: Sequence[AdAccountField | AdAccountFieldLiteral] | None = None,
    max_pages: int | None = None,
    extra_params: Mapping[str, Any] | None = None,
) -> Iterator[AdAccount]:
    """Every AdAccount of ``get_shared_accounts``, page after page.

    Follows ``paging.next`` until Graph has no next page (or ``max_pages`` pages were read). Each page
    is one call, retried like ``get_shared_accounts``; errors are raised as it raises them. The arguments are
    those of ``get_shared_accounts``: ``limit`` sets the page size, ``after`` resumes from a cursor.
    """
    return client.iterate(
        _GET_SHARED_ACCOUNTS,
        {
            "ads_pixel_id": ads_pixel_id,
            "business": business,
            "limit": limit,
            "after": after,
            "before": before,
            "fields": fields,
        },
        max_pages=max_pages,
        extra_params=extra_params,
    )


def iter_shared_accounts_async(
    client: AsyncGraphClient,
    *,
    ads_pixel_id: str,
    business: str,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
    fields: Sequence[AdAccountField | AdAccountFieldLiteral] | None = None,
    max_pages: int | None = None,
    extra_params: Mapping[str, Any] | None = None,
) -> AsyncIterator[AdAccount]:
    """Every AdAccount of ``get_shared_accounts``, page after page.

    Follows ``paging.next`` until Graph has no next page (or ``max_pages`` pages were read). Each page
    is one call, retried like ``get_shared_accounts``; errors are raised as it raises them. The arguments are
    those of ``get_shared_accounts``: ``limit`` sets the page size, ``after`` resumes from a cursor.
    """
    return client.iterate(
        _GET_SHARED_ACCOUNTS,
        {
            "ads_pixel_id": ads_pixel_id,
            "business": business,
            "limit": limit,
            "after": after,
            "before": before,
            "fields": fields,
        },
        max_pages=max_pages,
        extra_params=extra_params,
    )


_CREATE_SHARED_ACCOUNT: Operation[AdsPixelCreateSharedAccountResult] = Operation(
    name="create_shared_account",
    method="POST",
    path="/{ads_pixel_id}/shared_accounts",
    params=(
        Param("ads_pixel_id", "text", required=True, in_path=True),
        Param("account_id", "text", required=True),
        Param("business", "text", required=True),
    ),
    result=AdsPixelCreateSharedAccountResult,
    errors=(
        100,
        200,
        190,
    ),
    paginated=False,
    idempotent=False,
)


def create_shared_account(
    client: GraphClient,
    *,
    ads_pixel_id: str,
    account_id: str,
    business: str,
    extra_params: Mapping[str, Any] | None = None,
) -> AdsPixelCreateSharedAccountResult:
    """Share this pixel with an ad account.

    Graph: ``POST /v25.0/{ads_pixel_id}/shared_accounts``

    Args:
        client: The Graph client to send the call with.
        ads_pixel_id: The id in the path.
        account_id: The ad account to share the pixel with. Required.
        business: The business that owns the ad account. Required.
        extra_params: Parameters the spec does not list, by Graph name, sent as given (text and numbers as they are, lists and mappings as JSON; None leaves one out). A name the function declares raises GraphRequestError: use its keyword.

    Returns:
        AdsPixelCreateSharedAccountResult

    Raises:
        InvalidParameterError: (#100) Invalid parameter
        PermissionsError: (#200) Permissions error
        AccessTokenInvalidError: (#190) Invalid OAuth 2.0 Access Token
        GraphAPIError: Any other error Graph returns.
        GraphTransportError: The call failed before Graph answered, or its answer was not Graph's.
        GraphRequestError: An argument cannot be sent as given.
    """
    return client.execute(
        _CREATE_SHARED_ACCOUNT,
        {
            "ads_pixel_id": ads_pixel_id,
            "account_id": account_id,
            "business": business,
        },
        extra_params=extra_params,
    )


async def create_shared_account_async(
    client: AsyncGraphClient,
    *,
    ads_pixel_id: str,
    account_id: str,
    business: str,
    extra_params: Mapping[str, Any] | None = None,
) -> AdsPixelCreateSharedAccountResult:
    """Share this pixel with an ad account.

    Graph: ``POST /v25.0/{ads_pixel_id}/shared_accounts``

    Args:
        client: The Graph client to send the call with.
        ads_pixel_id: The id in the path.
        account_id: The ad account to share the pixel with. Required.
        business: The business that owns the ad account. Required.
        extra_params: Parameters the spec does not list, by Graph name, sent as given (text and numbers as they are, lists and mappings as JSON; None leaves one out). A name the function declares raises GraphRequestError: use its keyword.

    Returns:
        AdsPixelCreateSharedAccountResult

    Raises:
        InvalidParameterError: (#100) Invalid parameter
        PermissionsError: (#200) Permissions error
        AccessTokenInvalidError: (#190) Invalid OAuth 2.0 Access Token
        GraphAPIError: Any other error Graph returns.
        GraphTransportError: The call failed before Graph answered, or its answer was not Graph's.
        GraphRequestError: An argument cannot be sent as given.
    """
    return await client.execute(
        _CREATE_SHARED_ACCOUNT,
        {
            "ads_pixel_id": ads_pixel_id,
            "account_id": account_id,
            "business": business,
        },
        extra_params=extra_params,
    )


_DELETE_SHARED_ACCOUNTS: Operation[AdsPixelDeleteSharedAccountsResult] = Operation(
    name="delete_shared_accounts",
    method="DELETE",
    path="/{ads_pixel_id}/shared_accounts",
    params=(
        Param("ads_pixel_id", "text", required=True, in_path=True),
        Param("account_id", "text", required=True),
        Param("business", "text", required=True),
    ),
    result=AdsPixelDeleteSharedAccountsResult,
    errors=(100,),
    paginated=False,
    idempotent=True,
)


def delete_shared_accounts(
    client: GraphClient,
    *,
    ads_pixel_id: str,
    account_id: str,
    business: str,
    extra_params: Mapping[str, Any] | None = None,
) -> AdsPixelDeleteSharedAccountsResult:
    """Stop sharing this pixel with an ad account.

    Graph: ``DELETE /v25.0/{ads_pixel_id}/shared_accounts``

    Args:
        client: The Graph client to send the call with.
        ads_pixel_id: The id in the path.
        account_id: The ad account to stop sharing the pixel with. Required.
        business: The business that owns the ad account. Required.
        extra_params: Parameters the spec does not list, by Graph name, sent as given (text and numbers as they are, lists and mappings as JSON; None leaves one out). A name the function declares raises GraphRequestError: use its keyword.

    Returns:
        AdsPixelDeleteSharedAccountsResult

    Raises:
        InvalidParameterError: (#100) Invalid parameter
        GraphAPIError: Any other error Graph returns.
        GraphTransportError: The call failed before Graph answered, or its answer was not Graph's.
        GraphRequestError: An argument cannot be sent as given.
    """
    return client.execute(
        _DELETE_SHARED_ACCOUNTS,
        {
            "ads_pixel_id": ads_pixel_id,
            "account_id": account_id,
            "business": business,
        },
        extra_params=extra_params,
    )


async def delete_shared_accounts_async(
    client: AsyncGraphClient,
    *,
    ads_pixel_id: str,
    account_id: str,
    business: str,
    extra_params: Mapping[str, Any] | None = None,
) -> AdsPixelDeleteSharedAccountsResult:
    """Stop sharing this pixel with an ad account.

    Graph: ``DELETE /v25.0/{ads_pixel_id}/shared_accounts``

    Args:
        client: The Graph client to send the call with.
        ads_pixel_id: The id in the path.
        account_id: The ad account to stop sharing the pixel with. Required.
        business: The business that owns the ad account. Required.
        extra_params: Parameters the spec does not list, by Graph name, sent as given (text and numbers as they are, lists and mappings as JSON; None leaves one out). A name the function declares raises GraphRequestError: use its keyword.

    Returns:
        AdsPixelDeleteSharedAccountsResult

    Raises:
        InvalidParameterError: (#100) Invalid parameter
        GraphAPIError: Any other error Graph returns.
        GraphTransportError: The call failed before Graph answered, or its answer was not Graph's.
        GraphRequestError: An argument cannot be sent as given.
    """
    return await client.execute(
        _DELETE_SHARED_ACCOUNTS,
        {
            "ads_pixel_id": ads_pixel_id,
            "account_id": account_id,
            "business": business,
        },
        extra_params=extra_params,
    )


_GET_SHARED_AGENCIES: Operation[Page[Business]] = Operation(
    name="get_shared_agencies",
    method="GET",
    path="/{ads_pixel_id}/shared_agencies",
    params=(
        Param("ads_pixel_id", "text", required=True, in_path=True),
        Param("limit", "text"),
        Param("after", "text"),
        Param("before", "text"),
        Param("fields", "fields", enum=BusinessField),
    ),
    result=Page[Business],
    errors=(
        200,
        100,
        190,
    ),
    paginated=True,
    idempotent=True,
)


def get_shared_agencies(
    client: GraphClient,
    *,
    ads_pixel_id: str,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
    fields: Sequence[BusinessField | BusinessFieldLiteral] | None = None,
    extra_params: Mapping[str, Any] | None = None,
) -> Page[Business]:
    """GET /{ads_pixel_id}/shared_agencies

    Graph: ``GET /v25.0/{ads_pixel_id}/shared_agencies``
    Returns one page; follow ``paging`` for the rest.

    Args:
        client: The Graph client to send the call with.
        ads_pixel_id: The id in the path.
        limit: Items per page; Graph's default page size when omitted.
        after: A cursor (``paging.cursors.after`` of an earlier page): start right after it, to resume a listing.
        before: A cursor (``paging.cursors.before`` of an earlier page): the items right before it.
        fields: The fields to return; Graph's defaults when omitted.
        extra_params: Parameters the spec does not list, by Graph name, sent as given (text and numbers as they are, lists and mappings as JSON; None leaves one out). A name the function declares raises GraphRequestError: use its keyword.

    Returns:
        Page[Business]

    Raises:
        PermissionsError: (#200) Permissions error
        InvalidParameterError: (#100) Invalid parameter
        AccessTokenInvalidError: (#190) Invalid OAuth 2.0 Access Token
        GraphAPIError: Any other error Graph returns.
        GraphTransportError: The call failed before Graph answered, or its answer was not Graph's.
        GraphRequestError: An argument cannot be sent as given.
    """
    return client.execute(
        _GET_SHARED_AGENCIES,
        {
            "ads_pixel_id": ads_pixel_id,
            "limit": limit,
            "after": after,
            "before": before,
            "fields": fields,
        },
        extra_params=extra_params,
    )


async def get_shared_agencies_async(
    client: AsyncGraphClient,
    *,
    ads_pixel_id: str,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
    fields: Sequence[BusinessField | BusinessFieldLiteral] | None = None,
    extra_params: Mapping[str, Any] | None = None,
) -> Page[Business]:
    """GET /{ads_pixel_id}/shared_agencies

    Graph: ``GET /v25.0/{ads_pixel_id}/shared_agencies``
    Returns one page; follow ``paging`` for the rest.

    Args:
        client: The Graph client to send the call with.
        ads_pixel_id: The id in the path.
        limit: Items per page; Graph's default page size when omitted.
        after: A cursor (``paging.cursors.after`` of an earlier page): start right after it, to resume a listing.
        before: A cursor (``paging.cursors.before`` of an earlier page): the items right before it.
        fields: The fields to return; Graph's defaults when omitted.
        extra_params: Parameters the spec does not list, by Graph name, sent as given (text and numbers as they are, lists and mappings as JSON; None leaves one out). A name the function declares raises GraphRequestError: use its keyword.

    Returns:
        Page[Business]

    Raises:
        PermissionsError: (#200) Permissions error
        InvalidParameterError: (#100) Invalid parameter
        AccessTokenInvalidError: (#190) Invalid OAuth 2.0 Access Token
        GraphAPIError: Any other error Graph returns.
        GraphTransportError: The call failed before Graph answered, or its answer was not Graph's.
        GraphRequestError: An argument cannot be sent as given.
    """
    return await client.execute(
        _GET_SHARED_AGENCIES,
        {
            "ads_pixel_id": ads_pixel_id,
            "limit": limit,
            "after": after,
            "before": before,
            "fields": fields,
        },
        extra_params=extra_params,
    )


def iter_shared_agencies(
    client: GraphClient,
    *,
    ads_pixel_id: str,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
    fields: Sequence[BusinessField | BusinessFieldLiteral] | None = None,
    max_pages: int | None = None,
    extra_params: Mapping[str, Any] | None = None,
) -> Iterator[Business]:
    """Every Business of ``get_shared_agencies``, page after page.

    Follows ``paging.next`` until Graph has no next page (or ``max_pages`` pages were read). Each page
    is one call, retried like ``get_shared_agencies``; errors are raised as it raises them. The arguments are
    those of ``get_shared_agencies``: ``limit`` sets the page size, ``after`` resumes from a cursor.
    """
    return client.iterate(
        _GET_SHARED_AGENCIES,
        {
            "ads_pixel_id": ads_pixel_id,
            "limit": limit,
            "after": after,
            "before": before,
            "fields": fields,
        },
        max_pages=max_pages,
        extra_params=extra_params,
    )


def iter_shared_agencies_async(
    client: AsyncGraphClient,
    *,
    ads_pixel_id: str,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
    fields: Sequence[BusinessField | BusinessFieldLiteral] | None = None,
    max_pages: int | None = None,
    extra_params: Mapping[str, Any] | None = None,
) -> AsyncIterator[Business]:
    """Every Business of ``get_shared_agencies``, page after page.

    Follows ``paging.next`` until Graph has no next page (or ``max_pages`` pages were read). Each page
    is one call, retried like ``get_shared_agencies``; errors are raised as it raises them. The arguments are
    those of ``get_shared_agencies``: ``limit`` sets the page size, ``after`` resumes from a cursor.
    """
    return client.iterate(
        _GET_SHARED_AGENCIES,
        {
            "ads_pixel_id": ads_pixel_id,
            "limit": limit,
            "after": after,
            "before": before,
            "fields": fields,
        },
        max_pages=max_pages,
        extra_params=extra_params,
    )


_GET_STATS: Operation[Page[AdsPixelStatsResult]] = Operation(
    name="get_stats",
    method="GET",
    path="/{ads_pixel_id}/stats",
    params=(
        Param("ads_pixel_id", "text", required=True, in_path=True),
        Param("agent", "text"),
        Param("aggregation", "enum", enum=AdsPixelStatsResultAggregation),
        Param("end_time", "datetime"),
        Param("event", "text"),
        Param("event_source", "text"),
        Param("start_time", "datetime"),
        Param("limit", "text"),
        Param("after", "text"),
        Param("before", "text"),
        Param("fields", "fields", enum=AdsPixelStatsResultField),
    ),
    result=Page[AdsPixelStatsResult],
    errors=(
        100,
        80004,
    ),
    paginated=True,
    idempotent=True,
)


def get_stats(
    client: GraphClient,
    *,
    ads_pixel_id: str,
    agent: str | None = None,
    aggregation: (
        AdsPixelStatsResultAggregation | AdsPixelStatsResultAggregationLiteral | None
    ) = None,
    end_time: datetime | int | None = None,
    event: str | None = None,
    event_source: str | None = None,
    start_time: datetime | int | None = None,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
    fields: Sequence[AdsPixelStatsResultField | AdsPixelStatsResultFieldLiteral] | None = None,
    extra_params: Mapping[str, Any] | None = None,
) -> Page[AdsPixelStatsResult]:
    """GET /{ads_pixel_id}/stats

    Graph: ``GET /v25.0/{ads_pixel_id}/stats``
    Returns one page; follow ``paging`` for the rest.

    Args:
        client: The Graph client to send the call with.
        ads_pixel_id: The id in the path.
        agent: Not described by the reference.
        aggregation: How to aggregate the stats; Graph uses `event` when omitted.
        end_time: End of the stats window, as a Unix or ISO 8601 timestamp.
        event: The event to aggregate on when aggregation is custom_data_field.
        event_source: WEB_ONLY or SERVER_ONLY to filter pixel events and stats.
        start_time: Start of the stats window, as a Unix or ISO 8601 timestamp.
        limit: Items per page; Graph's default page size when omitted.
        after: A cursor (``paging.cursors.after`` of an earlier page): start right after it, to resume a listing.
        before: A cursor (``paging.cursors.before`` of an earlier page): the items right before it.
        fields: The fields to return; Graph's defaults when omitted.
        extra_params: Parameters the spec does not list, by Graph name, sent as given (text and numbers as they are, lists and mappings as JSON; None leaves one out). A name the function declares raises GraphRequestError: use its keyword.

    Returns:
        Page[AdsPixelStatsResult]

    Raises:
        InvalidParameterError: (#100) Invalid parameter
        AdsManagementRateLimitError: (#80004) There have been too many calls to this ad-account. Wait a bit and try again.
        GraphAPIError: Any other error Graph returns.
        GraphTransportError: The call failed before Graph answered, or its answer was not Graph's.
        GraphRequestError: An argument cannot be sent as given.
    """
    return client.execute(
        _GET_STATS,
        {
            "ads_pixel_id": ads_pixel_id,
            "agent": agent,
            "aggregation": aggregation,
            "end_time": end_time,
            "event": event,
            "event_source": event_source,
            "start_time": start_time,
            "limit": limit,
            "after": after,
            "before": before,
            "fields": fields,
        },
        extra_params=extra_params,
    )


async def get_stats_async(
    client: AsyncGraphClient,
    *,
    ads_pixel_id: str,
    agent: str | None = None,
    aggregation: (
        AdsPixelStatsResultAggregation | AdsPixelStatsResultAggregationLiteral | None
    ) = None,
    end_time: datetime | int | None = None,
    event: str | None = None,
    event_source: str | None = None,
    start_time: datetime | int | None = None,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
    fields: Sequence[AdsPixelStatsResultField | AdsPixelStatsResultFieldLiteral] | None = None,
    extra_params: Mapping[str, Any] | None = None,
) -> Page[AdsPixelStatsResult]:
    """GET /{ads_pixel_id}/stats

    Graph: ``GET /v25.0/{ads_pixel_id}/stats``
    Returns one page; follow ``paging`` for the rest.

    Args:
        client: The Graph client to send the call with.
        ads_pixel_id: The id in the path.
        agent: Not described by the reference.
        aggregation: How to aggregate the stats; Graph uses `event` when omitted.
        end_time: End of the stats window, as a Unix or ISO 8601 timestamp.
        event: The event to aggregate on when aggregation is custom_data_field.
        event_source: WEB_ONLY or SERVER_ONLY to filter pixel events and stats.
        start_time: Start of the stats window, as a Unix or ISO 8601 timestamp.
        limit: Items per page; Graph's default page size when omitted.
        after: A cursor (``paging.cursors.after`` of an earlier page): start right after it, to resume a listing.
        before: A cursor (``paging.cursors.before`` of an earlier page): the items right before it.
        fields: The fields to return; Graph's defaults when omitted.
        extra_params: Parameters the spec does not list, by Graph name, sent as given (text and numbers as they are, lists and mappings as JSON; None leaves one out). A name the function declares raises GraphRequestError: use its keyword.

    Returns:
        Page[AdsPixelStatsResult]

    Raises:
        InvalidParameterError: (#100) Invalid parameter
        AdsManagementRateLimitError: (#80004) There have been too many calls to this ad-account. Wait a bit and try again.
        GraphAPIError: Any other error Graph returns.
        GraphTransportError: The call failed before Graph answered, or its answer was not Graph's.
        GraphRequestError: An argument cannot be sent as given.
    """
    return await client.execute(
        _GET_STATS,
        {
            "ads_pixel_id": ads_pixel_id,
            "agent": agent,
            "aggregation": aggregation,
            "end_time": end_time,
            "event": event,
            "event_source": event_source,
            "start_time": start_time,
            "limit": limit,
            "after": after,
            "before": before,
            "fields": fields,
        },
        extra_params=extra_params,
    )


def iter_stats(
    client: GraphClient,
    *,
    ads_pixel_id: str,
    agent: str | None = None,
    aggregation: (
        AdsPixelStatsResultAggregation | AdsPixelStatsResultAggregationLiteral | None
    ) = None,
    end_time: datetime | int | None = None,
    event: str | None = None,
    event_source: str | None = None,
    start_time: datetime | int | None = None,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
    fields: Sequence[AdsPixelStatsResultField | AdsPixelStatsResultFieldLiteral] | None = None,
    max_pages: int | None = None,
    extra_params: Mapping[str, Any] | None = None,
) -> Iterator[AdsPixelStatsResult]:
    """Every AdsPixelStatsResult of ``get_stats``, page after page.

    Follows ``paging.next`` until Graph has no next page (or ``max_pages`` pages were read). Each page
    is one call, retried like ``get_stats``; errors are raised as it raises them. The arguments are
    those of ``get_stats``: ``limit`` sets the page size, ``after`` resumes from a cursor.
    """
    return client.iterate(
        _GET_STATS,
        {
            "ads_pixel_id": ads_pixel_id,
            "agent": agent,
            "aggregation": aggregation,
            "end_time": end_time,
            "event": event,
            "event_source": event_source,
            "start_time": start_time,
            "limit": limit,
            "after": after,
            "before": before,
            "fields": fields,
        },
        max_pages=max_pages,
        extra_params=extra_params,
    )


def iter_stats_async(
    client: AsyncGraphClient,
    *,
    ads_pixel_id: str,
    agent: str | None = None,
    aggregation: (
        AdsPixelStatsResultAggregation | AdsPixelStatsResultAggregationLiteral | None
    ) = None,
    end_time: datetime | int | None = None,
    event: str | None = None,
    event_source: str | None = None,
    start_time: datetime | int | None = None,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
    fields: Sequence[AdsPixelStatsResultField | AdsPixelStatsResultFieldLiteral] | None = None,
    max_pages: int | None = None,
    extra_params: Mapping[str, Any] | None = None,
) -> AsyncIterator[AdsPixelStatsResult]:
    """Every AdsPixelStatsResult of ``get_stats``, page after page.

    Follows ``paging.next`` until Graph has no next page (or ``max_pages`` pages were read). Each page
    is one call, retried like ``get_stats``; errors are raised as it raises them. The arguments are
    those of ``get_stats``: ``limit`` sets the page size, ``after`` resumes from a cursor.
    """
    return client.iterate(
        _GET_STATS,
        {
            "ads_pixel_id": ads_pixel_id,
            "agent": agent,
            "aggregation": aggregation,
            "end_time": end_time,
            "event": event,
            "event_source": event_source,
            "start_time": start_time,
            "limit": limit,
            "after": after,
            "before": before,
            "fields": fields,
        },
        max_pages=max_pages,
        extra_params=extra_params,
    )


_GET_ADACCOUNTS: Operation[Page[AdAccount]] = Operation(
    name="get_adaccounts",
    method="GET",
    path="/{ads_pixel_id}/adaccounts",
    params=(
        Param("ads_pixel_id", "text", required=True, in_path=True),
        Param("business", "text", required=True),
        Param("limit", "text"),
        Param("after", "text"),
        Param("before", "text"),
        Param("fields", "fields", enum=AdAccountField),
    ),
    result=Page[AdAccount],
    errors=(),
    paginated=True,
    idempotent=True,
)


def get_adaccounts(
    client: GraphClient,
    *,
    ads_pixel_id: str,
    business: str,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
    fields: Sequence[AdAccountField | AdAccountFieldLiteral] | None = None,
    extra_params: Mapping[str, Any] | None = None,
) -> Page[AdAccount]:
    """GET /{ads_pixel_id}/adaccounts

    Graph: ``GET /v25.0/{ads_pixel_id}/adaccounts``
    Returns one page; follow ``paging`` for the rest.

    Args:
        client: The Graph client to send the call with.
        ads_pixel_id: The id in the path.
        business: Required.
        limit: Items per page; Graph's default page size when omitted.
        after: A cursor (``paging.cursors.after`` of an earlier page): start right after it, to resume a listing.
        before: A cursor (``paging.cursors.before`` of an earlier page): the items right before it.
        fields: The fields to return; Graph's defaults when omitted.
        extra_params: Parameters the spec does not list, by Graph name, sent as given (text and numbers as they are, lists and mappings as JSON; None leaves one out). A name the function declares raises GraphRequestError: use its keyword.

    Returns:
        Page[AdAccount]

    Raises:
        GraphAPIError: Any other error Graph returns.
        GraphTransportError: The call failed before Graph answered, or its answer was not Graph's.
        GraphRequestError: An argument cannot be sent as given.
    """
    return client.execute(
        _GET_ADACCOUNTS,
        {
            "ads_pixel_id": ads_pixel_id,
            "business": business,
            "limit": limit,
            "after": after,
            "before": before,
            "fields": fields,
        },
        extra_params=extra_params,
    )


async def get_adaccounts_async(
    client: AsyncGraphClient,
    *,
    ads_pixel_id: str,
    business: str,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
    fields: Sequence[AdAccountField | AdAccountFieldLiteral] | None = None,
    extra_params: Mapping[str, Any] | None = None,
) -> Page[AdAccount]:
    """GET /{ads_pixel_id}/adaccounts

    Graph: ``GET /v25.0/{ads_pixel_id}/adaccounts``
    Returns one page; follow ``paging`` for the rest.

    Args:
        client: The Graph client to send the call with.
        ads_pixel_id: The id in the path.
        business: Required.
        limit: Items per page; Graph's default page size when omitted.
        after: A cursor (``paging.cursors.after`` of an earlier page): start right after it, to resume a listing.
        before: A cursor (``paging.cursors.before`` of an earlier page): the items right before it.
        fields: The fields to return; Graph's defaults when omitted.
        extra_params: Parameters the spec does not list, by Graph name, sent as given (text and numbers as they are, lists and mappings as JSON; None leaves one out). A name the function declares raises GraphRequestError: use its keyword.

    Returns:
        Page[AdAccount]

    Raises:
        GraphAPIError: Any other error Graph returns.
        GraphTransportError: The call failed before Graph answered, or its answer was not Graph's.
        GraphRequestError: An argument cannot be sent as given.
    """
    return await client.execute(
        _GET_ADACCOUNTS,
        {
            "ads_pixel_id": ads_pixel_id,
            "business": business,
            "limit": limit,
            "after": after,
            "before": before,
            "fields": fields,
        },
        extra_params=extra_params,
    )


def iter_adaccounts(
    client: GraphClient,
    *,
    ads_pixel_id: str,
    business: str,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
    fields: Sequence[AdAccountField | AdAccountFieldLiteral] | None = None,
    max_pages: int | None = None,
    extra_params: Mapping[str, Any] | None = None,
) -> Iterator[AdAccount]:
    """Every AdAccount of ``get_adaccounts``, page after page.

    Follows ``paging.next`` until Graph has no next page (or ``max_pages`` pages were read). Each page
    is one call, retried like ``get_adaccounts``; errors are raised as it raises them. The arguments are
    those of ``get_adaccounts``: ``limit`` sets the page size, ``after`` resumes from a cursor.
    """
    return client.iterate(
        _GET_ADACCOUNTS,
        {
            "ads_pixel_id": ads_pixel_id,
            "business": business,
            "limit": limit,
            "after": after,
            "before": before,
            "fields": fields,
        },
        max_pages=max_pages,
        extra_params=extra_params,
    )


def iter_adaccounts_async(
    client: AsyncGraphClient,
    *,
    ads_pixel_id: str,
    business: str,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
    fields: Sequence[AdAccountField | AdAccountFieldLiteral] | None = None,
    max_pages: int | None = None,
    extra_params: Mapping[str, Any] | None = None,
) -> AsyncIterator[AdAccount]:
    """Every AdAccount of ``get_adaccounts``, page after page.

    Follows ``paging.next`` until Graph has no next page (or ``max_pages`` pages were read). Each page
    is one call, retried like ``get_adaccounts``; errors are raised as it raises them. The arguments are
    those of ``get_adaccounts``: ``limit`` sets the page size, ``after`` resumes from a cursor.
    """
    return client.iterate(
        _GET_ADACCOUNTS,
        {
            "ads_pixel_id": ads_pixel_id,
            "business": business,
            "limit": limit,
            "after": after,
            "before": before,
            "fields": fields,
        },
        max_pages=max_pages,
        extra_params=extra_params,
    )


_GET_AGENCIES: Operation[Page[Business]] = Operation(
    name="get_agencies",
    method="GET",
    path="/{ads_pixel_id}/agencies",
    params=(
        Param("ads_pixel_id", "text", required=True, in_path=True),
        Param("limit", "text"),
        Param("after", "text"),
        Param("before", "text"),
        Param("fields", "fields", enum=BusinessField),
    ),
    result=Page[Business],
    errors=(),
    paginated=True,
    idempotent=True,
)


def get_agencies(
    client: GraphClient,
    *,
    ads_pixel_id: str,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
    fields: Sequence[BusinessField | BusinessFieldLiteral] | None = None,
    extra_params: Mapping[str, Any] | None = None,
) -> Page[Business]:
    """GET /{ads_pixel_id}/agencies

    Graph: ``GET /v25.0/{ads_pixel_id}/agencies``
    Returns one page; follow ``paging`` for the rest.

    Args:
        client: The Graph client to send the call with.
        ads_pixel_id: The id in the path.
        limit: Items per page; Graph's default page size when omitted.
        after: A cursor (``paging.cursors.after`` of an earlier page): start right after it, to resume a listing.
        before: A cursor (``paging.cursors.before`` of an earlier page): the items right before it.
        fields: The fields to return; Graph's defaults when omitted.
        extra_params: Parameters the spec does not list, by Graph name, sent as given (text and numbers as they are, lists and mappings as JSON; None leaves one out). A name the function declares raises GraphRequestError: use its keyword.

    Returns:
        Page[Business]

    Raises:
        GraphAPIError: Any other error Graph returns.
        GraphTransportError: The call failed before Graph answered, or its answer was not Graph's.
        GraphRequestError: An argument cannot be sent as given.
    """
    return client.execute(
        _GET_AGENCIES,
        {
            "ads_pixel_id": ads_pixel_id,
            "limit": limit,
            "after": after,
            "before": before,
            "fields": fields,
        },
        extra_params=extra_params,
    )


async def get_agencies_async(
    client: AsyncGraphClient,
    *,
    ads_pixel_id: str,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
    fields: Sequence[BusinessField | BusinessFieldLiteral] | None = None,
    extra_params: Mapping[str, Any] | None = None,
) -> Page[Business]:
    """GET /{ads_pixel_id}/agencies

    Graph: ``GET /v25.0/{ads_pixel_id}/agencies``
    Returns one page; follow ``paging`` for the rest.

    Args:
        client: The Graph client to send the call with.
        ads_pixel_id: The id in the path.
        limit: Items per page; Graph's default page size when omitted.
        after: A cursor (``paging.cursors.after`` of an earlier page): start right after it, to resume a listing.
        before: A cursor (``paging.cursors.before`` of an earlier page): the items right before it.
        fields: The fields to return; Graph's defaults when omitted.
        extra_params: Parameters the spec does not list, by Graph name, sent as given (text and numbers as they are, lists and mappings as JSON; None leaves one out). A name the function declares raises GraphRequestError: use its keyword.

    Returns:
        Page[Business]

    Raises:
        GraphAPIError: Any other error Graph returns.
        GraphTransportError: The call failed before Graph answered, or its answer was not Graph's.
        GraphRequestError: An argument cannot be sent as given.
    """
    return await client.execute(
        _GET_AGENCIES,
        {
            "ads_pixel_id": ads_pixel_id,
            "limit": limit,
            "after": after,
            "before": before,
            "fields": fields,
        },
        extra_params=extra_params,
    )


def iter_agencies(
    client: GraphClient,
    *,
    ads_pixel_id: str,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
    fields: Sequence[BusinessField | BusinessFieldLiteral] | None = None,
    max_pages: int | None = None,
    extra_params: Mapping[str, Any] | None = None,
) -> Iterator[Business]:
    """Every Business of ``get_agencies``, page after page.

    Follows ``paging.next`` until Graph has no next page (or ``max_pages`` pages were read). Each page
    is one call, retried like ``get_agencies``; errors are raised as it raises them. The arguments are
    those of ``get_agencies``: ``limit`` sets the page size, ``after`` resumes from a cursor.
    """
    return client.iterate(
        _GET_AGENCIES,
        {
            "ads_pixel_id": ads_pixel_id,
            "limit": limit,
            "after": after,
            "before": before,
            "fields": fields,
        },
        max_pages=max_pages,
        extra_params=extra_params,
    )


def iter_agencies_async(
    client: AsyncGraphClient,
    *,
    ads_pixel_id: str,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
    fields: Sequence[BusinessField | BusinessFieldLiteral] | None = None,
    max_pages: int | None = None,
    extra_params: Mapping[str, Any] | None = None,
) -> AsyncIterator[Business]:
    """Every Business of ``get_agencies``, page after page.

    Follows ``paging.next`` until Graph has no next page (or ``max_pages`` pages were read). Each page
    is one call, retried like ``get_agencies``; errors are raised as it raises them. The arguments are
    those of ``get_agencies``: ``limit`` sets the page size, ``after`` resumes from a cursor.
    """
    return client.iterate(
        _GET_AGENCIES,
        {
            "ads_pixel_id": ads_pixel_id,
            "limit": limit,
            "after": after,
            "before": before,
            "fields": fields,
        },
        max_pages=max_pages,
        extra_params=extra_params,
    )


_CREATE_AGENCY: Operation[AdsPixel] = Operation(
    name="create_agency",
    method="POST",
    path="/{ads_pixel_id}/agencies",
    params=(
        Param("ads_pixel_id", "text", required=True, in_path=True),
        Param("business", "text", required=True),
        Param(
            "permitted_tasks", "json", required=True, enum=AdsPixelAgenciesPermittedTasks, many=True
        ),
    ),
    result=AdsPixel,
    errors=(),
    paginated=False,
    idempotent=False,
)


def create_agency(
    client: GraphClient,
    *,
    ads_pixel_id: str,
    business: str,
    permitted_tasks: Sequence[
        AdsPixelAgenciesPermittedTasks | AdsPixelAgenciesPermittedTasksLiteral
    ],
    extra_params: Mapping[str, Any] | None = None,
) -> AdsPixel:
    """POST /{ads_pixel_id}/agencies

    Graph: ``POST /v25.0/{ads_pixel_id}/agencies``

    Args:
        client: The Graph client to send the call with.
        ads_pixel_id: The id in the path.
        business: Required.
        permitted_tasks: Required.
        extra_params: Parameters the spec does not list, by Graph name, sent as given (text and numbers as they are, lists and mappings as JSON; None leaves one out). A name the function declares raises GraphRequestError: use its keyword.

    Returns:
        AdsPixel

    Raises:
        GraphAPIError: Any other error Graph returns.
        GraphTransportError: The call failed before Graph answered, or its answer was not Graph's.
        GraphRequestError: An argument cannot be sent as given.
    """
    return client.execute(
        _CREATE_AGENCY,
        {
            "ads_pixel_id": ads_pixel_id,
            "business": business,
            "permitted_tasks": permitted_tasks,
        },
        extra_params=extra_params,
    )


async def create_agency_async(
    client: AsyncGraphClient,
    *,
    ads_pixel_id: str,
    business: str,
    permitted_tasks: Sequence[
        AdsPixelAgenciesPermittedTasks | AdsPixelAgenciesPermittedTasksLiteral
    ],
    extra_params: Mapping[str, Any] | None = None,
) -> AdsPixel:
    """POST /{ads_pixel_id}/agencies

    Graph: ``POST /v25.0/{ads_pixel_id}/agencies``

    Args:
        client: The Graph client to send the call with.
        ads_pixel_id: The id in the path.
        business: Required.
        permitted_tasks: Required.
        extra_params: Parameters the spec does not list, by Graph name, sent as given (text and numbers as they are, lists and mappings as JSON; None leaves one out). A name the function declares raises GraphRequestError: use its keyword.

    Returns:
        AdsPixel

    Raises:
        GraphAPIError: Any other error Graph returns.
        GraphTransportError: The call failed before Graph answered, or its answer was not Graph's.
        GraphRequestError: An argument cannot be sent as given.
    """
    return await client.execute(
        _CREATE_AGENCY,
        {
            "ads_pixel_id": ads_pixel_id,
            "business": business,
            "permitted_tasks": permitted_tasks,
        },
        extra_params=extra_params,
    )


_DELETE_AGENCIES: Operation[dict[str, Any]] = Operation(
    name="delete_agencies",
    method="DELETE",
    path="/{ads_pixel_id}/agencies",
    params=(
        Param("ads_pixel_id", "text", required=True, in_path=True),
        Param("business", "text", required=True),
    ),
    result=dict[str, Any],
    errors=(),
    paginated=False,
    idempotent=True,
)


def delete_agencies(
    client: GraphClient,
    *,
    ads_pixel_id: str,
    business: str,
    extra_params: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """DELETE /{ads_pixel_id}/agencies

    Graph: ``DELETE /v25.0/{ads_pixel_id}/agencies``

    Args:
        client: The Graph client to send the call with.
        ads_pixel_id: The id in the path.
        business: Required.
        extra_params: Parameters the spec does not list, by Graph name, sent as given (text and numbers as they are, lists and mappings as JSON; None leaves one out). A name the function declares raises GraphRequestError: use its keyword.

    Returns:
        dict[str, Any]

    Raises:
        GraphAPIError: Any other error Graph returns.
        GraphTransportError: The call failed before Graph answered, or its answer was not Graph's.
        GraphRequestError: An argument cannot be sent as given.
    """
    return client.execute(
        _DELETE_AGENCIES,
        {
            "ads_pixel_id": ads_pixel_id,
            "business": business,
        },
        extra_params=extra_params,
    )


async def delete_agencies_async(
    client: AsyncGraphClient,
    *,
    ads_pixel_id: str,
    business: str,
    extra_params: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """DELETE /{ads_pixel_id}/agencies

    Graph: ``DELETE /v25.0/{ads_pixel_id}/agencies``

    Args:
        client: The Graph client to send the call with.
        ads_pixel_id: The id in the path.
        business: Required.
        extra_params: Parameters the spec does not list, by Graph name, sent as given (text and numbers as they are, lists and mappings as JSON; None leaves one out). A name the function declares raises GraphRequestError: use its keyword.

    Returns:
        dict[str, Any]

    Raises:
        GraphAPIError: Any other error Graph returns.
        GraphTransportError: The call failed before Graph answered, or its answer was not Graph's.
        GraphRequestError: An argument cannot be sent as given.
    """
    return await client.execute(
        _DELETE_AGENCIES,
        {
            "ads_pixel_id": ads_pixel_id,
            "business": business,
        },
        extra_params=extra_params,
    )


_CREATE_AHP_CONFIG: Operation[dict[str, Any]] = Operation(
    name="create_ahp_config",
    method="POST",
    path="/{ads_pixel_id}/ahp_configs",
    params=(
        Param("ads_pixel_id", "text", required=True, in_path=True),
        Param("applink_autosetup", "bool", required=True),
    ),
    result=dict[str, Any],
    errors=(),
    paginated=False,
    idempotent=False,
)


def create_ahp_config(
    client: GraphClient,
    *,
    ads_pixel_id: str,
    applink_autosetup: bool,
    extra_params: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """POST /{ads_pixel_id}/ahp_configs

    Graph: ``POST /v25.0/{ads_pixel_id}/ahp_configs``

    Args:
        client: The Graph client to send the call with.
        ads_pixel_id: The id in the path.
        applink_autosetup: Required.
        extra_params: Parameters the spec does not list, by Graph name, sent as given (text and numbers as they are, lists and mappings as JSON; None leaves one out). A name the function declares raises GraphRequestError: use its keyword.

    Returns:
        dict[str, Any]

    Raises:
        GraphAPIError: Any other error Graph returns.
        GraphTransportError: The call failed before Graph answered, or its answer was not Graph's.
        GraphRequestError: An argument cannot be sent as given.
    """
    return client.execute(
        _CREATE_AHP_CONFIG,
        {
            "ads_pixel_id": ads_pixel_id,
            "applink_autosetup": applink_autosetup,
        },
        extra_params=extra_params,
    )


async def create_ahp_config_async(
    client: AsyncGraphClient,
    *,
    ads_pixel_id: str,
    applink_autosetup: bool,
    extra_params: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """POST /{ads_pixel_id}/ahp_configs

    Graph: ``POST /v25.0/{ads_pixel_id}/ahp_configs``

    Args:
        client: The Graph client to send the call with.
        ads_pixel_id: The id in the path.
        applink_autosetup: Required.
        extra_params: Parameters the spec does not list, by Graph name, sent as given (text and numbers as they are, lists and mappings as JSON; None leaves one out). A name the function declares raises GraphRequestError: use its keyword.

    Returns:
        dict[str, Any]

    Raises:
        GraphAPIError: Any other error Graph returns.
        GraphTransportError: The call failed before Graph answered, or its answer was not Graph's.
        GraphRequestError: An argument cannot be sent as given.
    """
    return await client.execute(
        _CREATE_AHP_CONFIG,
        {
            "ads_pixel_id": ads_pixel_id,
            "applink_autosetup": applink_autosetup,
        },
        extra_params=extra_params,
    )


_GET_OFFLINE_EVENT_UPLOADS: Operation[Page[OfflineConversionDataSetUpload]] = Operation(
    name="get_offline_event_uploads",
    method="GET",
    path="/{ads_pixel_id}/offline_event_uploads",
    params=(
        Param("ads_pixel_id", "text", required=True, in_path=True),
        Param("end_time", "datetime"),
        Param("order", "enum", enum=AdsPixelOfflineEventUploadsOrder),
        Param("sort_by", "enum", enum=AdsPixelOfflineEventUploadsSortBy),
        Param("start_time", "datetime"),
        Param("upload_tag", "text"),
        Param("limit", "text"),
        Param("after", "text"),
        Param("before", "text"),
        Param("fields", "fields", enum=OfflineConversionDataSetUploadField),
    ),
    result=Page[OfflineConversionDataSetUpload],
    errors=(),
    paginated=True,
    idempotent=True,
)


def get_offline_event_uploads(
    client: GraphClient,
    *,
    ads_pixel_id: str,
    end_time: datetime | int | None = None,
    order: AdsPixelOfflineEventUploadsOrder | AdsPixelOfflineEventUploadsOrderLiteral | None = None,
    sort_by: (
        AdsPixelOfflineEventUploadsSortBy | AdsPixelOfflineEventUploadsSortByLiteral | None
    ) = None,
    start_time: datetime | int | None = None,
    upload_tag: str | None = None,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
    fields: (
        Sequence[OfflineConversionDataSetUploadField | OfflineConversionDataSetUploadFieldLiteral]
        | None
    ) = None,
    extra_params: Mapping[str, Any] | None = None,
) -> Page[OfflineConversionDataSetUpload]:
    """GET /{ads_pixel_id}/offline_event_uploads

    Graph: ``GET /v25.0/{ads_pixel_id}/offline_event_uploads``
    Returns one page; follow ``paging`` for the rest.

    Args:
        client: The Graph client to send the call with.
        ads_pixel_id: The id in the path.
        end_time: Not described by the reference.
        order: Not described by the reference.
        sort_by: Not described by the reference.
        start_time: Not described by the reference.
        upload_tag: Not described by the reference.
        limit: Items per page; Graph's default page size when omitted.
        after: A cursor (``paging.cursors.after`` of an earlier page): start right after it, to resume a listing.
        before: A cursor (``paging.cursors.before`` of an earlier page): the items right before it.
        fields: The fields to return; Graph's defaults when omitted.
        extra_params: Parameters the spec does not list, by Graph name, sent as given (text and numbers as they are, lists and mappings as JSON; None leaves one out). A name the function declares raises GraphRequestError: use its keyword.

    Returns:
        Page[OfflineConversionDataSetUpload]

    Raises:
        GraphAPIError: Any other error Graph returns.
        GraphTransportError: The call failed before Graph answered, or its answer was not Graph's.
        GraphRequestError: An argument cannot be sent as given.
    """
    return client.execute(
        _GET_OFFLINE_EVENT_UPLOADS,
        {
            "ads_pixel_id": ads_pixel_id,
            "end_time": end_time,
            "order": order,
            "sort_by": sort_by,
            "start_time": start_time,
            "upload_tag": upload_tag,
            "limit": limit,
            "after": after,
            "before": before,
            "fields": fields,
        },
        extra_params=extra_params,
    )


async def get_offline_event_uploads_async(
    client: AsyncGraphClient,
    *,
    ads_pixel_id: str,
    end_time: datetime | int | None = None,
    order: AdsPixelOfflineEventUploadsOrder | AdsPixelOfflineEventUploadsOrderLiteral | None = None,
    sort_by: (
        AdsPixelOfflineEventUploadsSortBy | AdsPixelOfflineEventUploadsSortByLiteral | None
    ) = None,
    start_time: datetime | int | None = None,
    upload_tag: str | None = None,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
    fields: (
        Sequence[OfflineConversionDataSetUploadField | OfflineConversionDataSetUploadFieldLiteral]
        | None
    ) = None,
    extra_params: Mapping[str, Any] | None = None,
) -> Page[OfflineConversionDataSetUpload]:
    """GET /{ads_pixel_id}/offline_event_uploads

    Graph: ``GET /v25.0/{ads_pixel_id}/offline_event_uploads``
    Returns one page; follow ``paging`` for the rest.

    Args:
        client: The Graph client to send the call with.
        ads_pixel_id: The id in the path.
        end_time: Not described by the reference.
        order: Not described by the reference.
        sort_by: Not described by the reference.
        start_time: Not described by the reference.
        upload_tag: Not described by the reference.
        limit: Items per page; Graph's default page size when omitted.
        after: A cursor (``paging.cursors.after`` of an earlier page): start right after it, to resume a listing.
        before: A cursor (``paging.cursors.before`` of an earlier page): the items right before it.
        fields: The fields to return; Graph's defaults when omitted.
        extra_params: Parameters the spec does not list, by Graph name, sent as given (text and numbers as they are, lists and mappings as JSON; None leaves one out). A name the function declares raises GraphRequestError: use its keyword.

    Returns:
        Page[OfflineConversionDataSetUpload]

    Raises:
        GraphAPIError: Any other error Graph returns.
        GraphTransportError: The call failed before Graph answered, or its answer was not Graph's.
        GraphRequestError: An argument cannot be sent as given.
    """
    return await client.execute(
        _GET_OFFLINE_EVENT_UPLOADS,
        {
            "ads_pixel_id": ads_pixel_id,
            "end_time": end_time,
            "order": order,
            "sort_by": sort_by,
            "start_time": start_time,
            "upload_tag": upload_tag,
            "limit": limit,
            "after": after,
            "before": before,
            "fields": fields,
        },
        extra_params=extra_params,
    )


def iter_offline_event_uploads(
    client: GraphClient,
    *,
    ads_pixel_id: str,
    end_time: datetime | int | None = None,
    order: AdsPixelOfflineEventUploadsOrder | AdsPixelOfflineEventUploadsOrderLiteral | None = None,
    sort_by: (
        AdsPixelOfflineEventUploadsSortBy | AdsPixelOfflineEventUploadsSortByLiteral | None
    ) = None,
    start_time: datetime | int | None = None,
    upload_tag: str | None = None,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
    fields: (
        Sequence[OfflineConversionDataSetUploadField | OfflineConversionDataSetUploadFieldLiteral]
        | None
    ) = None,
    max_pages: int | None = None,
    extra_params: Mapping[str, Any] | None = None,
) -> Iterator[OfflineConversionDataSetUpload]:
    """Every OfflineConversionDataSetUpload of ``get_offline_event_uploads``, page after page.

    Follows ``paging.next`` until Graph has no next page (or ``max_pages`` pages were read). Each page
    is one call, retried like ``get_offline_event_uploads``; errors are raised as it raises them. The arguments are
    those of ``get_offline_event_uploads``: ``limit`` sets the page size, ``after`` resumes from a cursor.
    """
    return client.iterate(
        _GET_OFFLINE_EVENT_UPLOADS,
        {
            "ads_pixel_id": ads_pixel_id,
            "end_time": end_time,
            "order": order,
            "sort_by": sort_by,
            "start_time": start_time,
            "upload_tag": upload_tag,
            "limit": limit,
            "after": after,
            "before": before,
            "fields": fields,
        },
        max_pages=max_pages,
        extra_params=extra_params,
    )


def iter_offline_event_uploads_async(
    client: AsyncGraphClient,
    *,
    ads_pixel_id: str,
    end_time: datetime | int | None = None,
    order: AdsPixelOfflineEventUploadsOrder | AdsPixelOfflineEventUploadsOrderLiteral | None = None,
    sort_by: (
        AdsPixelOfflineEventUploadsSortBy | AdsPixelOfflineEventUploadsSortByLiteral | None
    ) = None,
    start_time: datetime | int | None = None,
    upload_tag: str | None = None,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
    fields: (
        Sequence[OfflineConversionDataSetUploadField | OfflineConversionDataSetUploadFieldLiteral]
        | None
    ) = None,
    max_pages: int | None = None,
    extra_params: Mapping[str, Any] | None = None,
) -> AsyncIterator[OfflineConversionDataSetUpload]:
    """Every OfflineConversionDataSetUpload of ``get_offline_event_uploads``, page after page.

    Follows ``paging.next`` until Graph has no next page (or ``max_pages`` pages were read). Each page
    is one call, retried like ``get_offline_event_uploads``; errors are raised as it raises them. The arguments are
    those of ``get_offline_event_uploads``: ``limit`` sets the page size, ``after`` resumes from a cursor.
    """
    return client.iterate(
        _GET_OFFLINE_EVENT_UPLOADS,
        {
            "ads_pixel_id": ads_pixel_id,
            "end_time": end_time,
            "order": order,
            "sort_by": sort_by,
            "start_time": start_time,
            "upload_tag": upload_tag,
            "limit": limit,
            "after": after,
            "before": before,
            "fields": fields,
        },
        max_pages=max_pages,
        extra_params=extra_params,
    )


_GET_OPENBRIDGE_CONFIGURATIONS: Operation[Page[OpenBridgeConfiguration]] = Operation(
    name="get_openbridge_configurations",
    method="GET",
    path="/{ads_pixel_id}/openbridge_configurations",
    params=(
        Param("ads_pixel_id", "text", required=True, in_path=True),
        Param("limit", "text"),
        Param("after", "text"),
        Param("before", "text"),
        Param("fields", "fields", enum=OpenBridgeConfigurationField),
    ),
    result=Page[OpenBridgeConfiguration],
    errors=(),
    paginated=True,
    idempotent=True,
)


def get_openbridge_configurations(
    client: GraphClient,
    *,
    ads_pixel_id: str,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
    fields: (
        Sequence[OpenBridgeConfigurationField | OpenBridgeConfigurationFieldLiteral] | None
    ) = None,
    extra_params: Mapping[str, Any] | None = None,
) -> Page[OpenBridgeConfiguration]:
    """GET /{ads_pixel_id}/openbridge_configurations

    Graph: ``GET /v25.0/{ads_pixel_id}/openbridge_configurations``
    Returns one page; follow ``paging`` for the rest.

    Args:
        client: The Graph client to send the call with.
        ads_pixel_id: The id in the path.
        limit: Items per page; Graph's default page size when omitted.
        after: A cursor (``paging.cursors.after`` of an earlier page): start right after it, to resume a listing.
        before: A cursor (``paging.cursors.before`` of an earlier page): the items right before it.
        fields: The fields to return; Graph's defaults when omitted.
        extra_params: Parameters the spec does not list, by Graph name, sent as given (text and numbers as they are, lists and mappings as JSON; None leaves one out). A name the function declares raises GraphRequestError: use its keyword.

    Returns:
        Page[OpenBridgeConfiguration]

    Raises:
        GraphAPIError: Any other error Graph returns.
        GraphTransportError: The call failed before Graph answered, or its answer was not Graph's.
        GraphRequestError: An argument cannot be sent as given.
    """
    return client.execute(
        _GET_OPENBRIDGE_CONFIGURATIONS,
        {
            "ads_pixel_id": ads_pixel_id,
            "limit": limit,
            "after": after,
            "before": before,
            "fields": fields,
        },
        extra_params=extra_params,
    )


async def get_openbridge_configurations_async(
    client: AsyncGraphClient,
    *,
    ads_pixel_id: str,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
    fields: (
        Sequence[OpenBridgeConfigurationField | OpenBridgeConfigurationFieldLiteral] | None
    ) = None,
    extra_params: Mapping[str, Any] | None = None,
) -> Page[OpenBridgeConfiguration]:
    """GET /{ads_pixel_id}/openbridge_configurations

    Graph: ``GET /v25.0/{ads_pixel_id}/openbridge_configurations``
    Returns one page; follow ``paging`` for the rest.

    Args:
        client: The Graph client to send the call with.
        ads_pixel_id: The id in the path.
        limit: Items per page; Graph's default page size when omitted.
        after: A cursor (``paging.cursors.after`` of an earlier page): start right after it, to resume a listing.
        before: A cursor (``paging.cursors.before`` of an earlier page): the items right before it.
        fields: The fields to return; Graph's defaults when omitted.
        extra_params: Parameters the spec does not list, by Graph name, sent as given (text and numbers as they are, lists and mappings as JSON; None leaves one out). A name the function declares raises GraphRequestError: use its keyword.

    Returns:
        Page[OpenBridgeConfiguration]

    Raises:
        GraphAPIError: Any other error Graph returns.
        GraphTransportError: The call failed before Graph answered, or its answer was not Graph's.
        GraphRequestError: An argument cannot be sent as given.
    """
    return await client.execute(
        _GET_OPENBRIDGE_CONFIGURATIONS,
        {
            "ads_pixel_id": ads_pixel_id,
            "limit": limit,
            "after": after,
            "before": before,
            "fields": fields,
        },
        extra_params=extra_params,
    )


def iter_openbridge_configurations(
    client: GraphClient,
    *,
    ads_pixel_id: str,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
    fields: (
        Sequence[OpenBridgeConfigurationField | OpenBridgeConfigurationFieldLiteral] | None
    ) = None,
    max_pages: int | None = None,
    extra_params: Mapping[str, Any] | None = None,
) -> Iterator[OpenBridgeConfiguration]:
    """Every OpenBridgeConfiguration of ``get_openbridge_configurations``, page after page.

    Follows ``paging.next`` until Graph has no next page (or ``max_pages`` pages were read). Each page
    is one call, retried like ``get_openbridge_configurations``; errors are raised as it raises them. The arguments are
    those of ``get_openbridge_configurations``: ``limit`` sets the page size, ``after`` resumes from a cursor.
    """
    return client.iterate(
        _GET_OPENBRIDGE_CONFIGURATIONS,
        {
            "ads_pixel_id": ads_pixel_id,
            "limit": limit,
            "after": after,
            "before": before,
            "fields": fields,
        },
        max_pages=max_pages,
        extra_params=extra_params,
    )


def iter_openbridge_configurations_async(
    client: AsyncGraphClient,
    *,
    ads_pixel_id: str,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
    fields: (
        Sequence[OpenBridgeConfigurationField | OpenBridgeConfigurationFieldLiteral] | None
    ) = None,
    max_pages: int | None = None,
    extra_params: Mapping[str, Any] | None = None,
) -> AsyncIterator[OpenBridgeConfiguration]:
    """Every OpenBridgeConfiguration of ``get_openbridge_configurations``, page after page.

    Follows ``paging.next`` until Graph has no next page (or ``max_pages`` pages were read). Each page
    is one call, retried like ``get_openbridge_configurations``; errors are raised as it raises them. The arguments are
    those of ``get_openbridge_configurations``: ``limit`` sets the page size, ``after`` resumes from a cursor.
    """
    return client.iterate(
        _GET_OPENBRIDGE_CONFIGURATIONS,
        {
            "ads_pixel_id": ads_pixel_id,
            "limit": limit,
            "after": after,
            "before": before,
            "fields": fields,
        },
        max_pages=max_pages,
        extra_params=extra_params,
    )


_CREATE_SHADOWTRAFFICHELPER: Operation[dict[str, Any]] = Operation(
    name="create_shadowtraffichelper",
    method="POST",
    path="/{ads_pixel_id}/shadowtraffichelper",
    params=(Param("ads_pixel_id", "text", required=True, in_path=True),),
    result=dict[str, Any],
    errors=(),
    paginated=False,
    idempotent=False,
)


def create_shadowtraffichelper(
    client: GraphClient,
    *,
    ads_pixel_id: str,
    extra_params: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """POST /{ads_pixel_id}/shadowtraffichelper

    Graph: ``POST /v25.0/{ads_pixel_id}/shadowtraffichelper``

    Args:
        client: The Graph client to send the call with.
        ads_pixel_id: The id in the path.
        extra_params: Parameters the spec does not list, by Graph name, sent as given (text and numbers as they are, lists and mappings as JSON; None leaves one out). A name the function declares raises GraphRequestError: use its keyword.

    Returns:
        dict[str, Any]

    Raises:
        GraphAPIError: Any other error Graph returns.
        GraphTransportError: The call failed before Graph answered, or its answer was not Graph's.
        GraphRequestError: An argument cannot be sent as given.
    """
    return client.execute(
        _CREATE_SHADOWTRAFFICHELPER,
        {
            "ads_pixel_id": ads_pixel_id,
        },
        extra_params=extra_params,
    )


async def create_shadowtraffichelper_async(
    client: AsyncGraphClient,
    *,
    ads_pixel_id: str,
    extra_params: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """POST /{ads_pixel_id}/shadowtraffichelper

    Graph: ``POST /v25.0/{ads_pixel_id}/shadowtraffichelper``

    Args:
        client: The Graph client to send the call with.
        ads_pixel_id: The id in the path.
        extra_params: Parameters the spec does not list, by Graph name, sent as given (text and numbers as they are, lists and mappings as JSON; None leaves one out). A name the function declares raises GraphRequestError: use its keyword.

    Returns:
        dict[str, Any]

    Raises:
        GraphAPIError: Any other error Graph returns.
        GraphTransportError: The call failed before Graph answered, or its answer was not Graph's.
        GraphRequestError: An argument cannot be sent as given.
    """
    return await client.execute(
        _CREATE_SHADOWTRAFFICHELPER,
        {
            "ads_pixel_id": ads_pixel_id,
        },
        extra_params=extra_params,
    )


# Every route of this node, for the fake Graph server and other tools that walk the API.
OPERATIONS: tuple[Operation[Any], ...] = (
    _GET_ADS_PIXEL,
    _UPDATE_ADS_PIXEL,
    _CREATE_ADS_PIXEL,
    _CREATE_BUSINESS_ADS_PIXEL,
    _GET_ASSIGNED_USERS,
    _CREATE_ASSIGNED_USER,
    _GET_AUDIENCES,
    _GET_DA_CHECKS,
    _CREATE_EVENT,
    _GET_SHARED_ACCOUNTS,
    _CREATE_SHARED_ACCOUNT,
    _DELETE_SHARED_ACCOUNTS,
    _GET_SHARED_AGENCIES,
    _GET_STATS,
    _GET_ADACCOUNTS,
    _GET_AGENCIES,
    _CREATE_AGENCY,
    _DELETE_AGENCIES,
    _CREATE_AHP_CONFIG,
    _GET_OFFLINE_EVENT_UPLOADS,
    _GET_OPENBRIDGE_CONFIGURATIONS,
    _CREATE_SHADOWTRAFFICHELPER,
)
UNSUPPORTED: tuple[tuple[str, str], ...] = (
    ("DELETE", "/{ads_pixel_id}"),
    ("DELETE", "/{ads_pixel_id}/assigned_users"),
    ("GET", "/{ads_pixel_id}/events"),
    ("DELETE", "/{ads_pixel_id}/events"),
)

# Hand-written additions: extensions/v25_0/ads_pixel.py, which the generator never touches.
include_extensions(globals(), "v25_0", "ads_pixel")
