// Decap starts itself as soon as it is imported unless told not to: the editor registers its
// French words and its text-hash widget first (main.ts imports this module before Decap).
(window as unknown as { CMS_MANUAL_INIT: boolean }).CMS_MANUAL_INIT = true;
