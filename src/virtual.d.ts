declare module 'virtual:common-ground/settings' {
  const settings: import('./integration/site-settings.ts').SiteSettings;
  export default settings;
}
