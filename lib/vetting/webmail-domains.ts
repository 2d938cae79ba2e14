/**
 * Free webmail providers: an address there says nothing about the company behind it.
 *
 * Curated by hand because the `free-email-domains` package could not be installed. Drawn from the
 * large consumer providers in HubSpot's list of free email domains (the list that package ships,
 * github.com/Kikobeats/free-email-domains) and from the webmail of the national internet providers
 * freelancers meet most (France, Germany, Italy, Spain, Benelux, UK, North America). That list also
 * mixes in throwaway domains; those are checked separately, with disposable-email-domains-js.
 * Add a provider here when a client's webmail address is wrongly taken for a company domain.
 */
export const FREE_WEBMAIL_DOMAINS: readonly string[] = [
  // Global
  'gmail.com', 'googlemail.com', 'msn.com', 'windowslive.com', 'icloud.com', 'me.com', 'mac.com',
  'ymail.com', 'rocketmail.com', 'proton.me', 'protonmail.com', 'protonmail.ch', 'pm.me',
  'zoho.com', 'zohomail.com', 'zohomail.eu', 'tutanota.com', 'tutanota.de', 'tuta.io', 'tutamail.com',
  'fastmail.com', 'fastmail.fm', 'hushmail.com', 'mail.com', 'email.com', 'usa.com', 'post.com',
  'inbox.com', 'mailfence.com', 'posteo.de', 'posteo.net', 'mailbox.org',
  // France
  'orange.fr', 'wanadoo.fr', 'free.fr', 'sfr.fr', 'neuf.fr', 'laposte.net', 'bbox.fr',
  'numericable.fr', 'club-internet.fr', 'aliceadsl.fr', 'cegetel.net', 'noos.fr',
  // Germany, Austria, Switzerland
  'web.de', 't-online.de', 'freenet.de', 'arcor.de', 'online.de', 'vodafone.de', 'aon.at',
  'chello.at', 'bluewin.ch', 'gmx.ch',
  // Italy, Spain, Portugal
  'libero.it', 'virgilio.it', 'alice.it', 'tin.it', 'tiscali.it', 'tim.it', 'fastwebnet.it',
  'email.it', 'inwind.it', 'telefonica.net', 'terra.es', 'sapo.pt',
  // Benelux
  'telenet.be', 'skynet.be', 'proximus.be', 'ziggo.nl', 'kpnmail.nl', 'planet.nl', 'hetnet.nl',
  'home.nl', 'casema.nl', 'xs4all.nl',
  // United Kingdom and Ireland
  'btinternet.com', 'btopenworld.com', 'sky.com', 'virginmedia.com', 'ntlworld.com',
  'talktalk.net', 'blueyonder.co.uk', 'eircom.net',
  // North America, Australia
  'comcast.net', 'verizon.net', 'att.net', 'sbcglobal.net', 'bellsouth.net', 'cox.net',
  'charter.net', 'earthlink.net', 'juno.com', 'shaw.ca', 'rogers.com', 'sympatico.ca',
  'videotron.ca', 'bigpond.com', 'optusnet.com.au',
  // Central and Eastern Europe, Russia
  'mail.ru', 'bk.ru', 'inbox.ru', 'list.ru', 'rambler.ru', 'ya.ru', 'ukr.net', 'seznam.cz',
  'wp.pl', 'o2.pl', 'onet.pl', 'interia.pl', 'abv.bg',
  // Asia, Latin America
  'qq.com', '163.com', '126.com', 'sina.com', 'naver.com', 'daum.net', 'hanmail.net',
  'rediffmail.com', 'uol.com.br', 'bol.com.br', 'terra.com.br',
];

/**
 * Brands that run the same free service under many country endings: `yahoo.fr`, `yahoo.co.uk`,
 * `hotmail.it`, `gmx.net`, `yandex.com.tr`.
 */
export const FREE_WEBMAIL_BRANDS: readonly string[] = ['yahoo', 'outlook', 'hotmail', 'live', 'gmx', 'yandex', 'aol'];
