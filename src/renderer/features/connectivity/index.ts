export { OfflineBanner, OfflineBannerView } from './offline-banner';
export { useConnectivity } from './use-connectivity';
export { bannerText, remoteBlockReason, useRemoteBlockReason, clockTime, reasonText } from './connectivity-text';
