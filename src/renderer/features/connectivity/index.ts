export { OfflineBanner, OfflineBannerView } from './offline-banner';
export { useConnectivity } from './use-connectivity';
export { bannerText, remoteBlockReason, clockTime } from './connectivity-text';
