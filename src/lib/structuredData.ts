/** schema.org JSON-LD builders. Plain objects; the layout serialises them. */
interface Brand {
  brandName: string;
  siteUrl: string;
  contactEmail: string;
  logo: string;
}

export function organizationJsonLd(brand: Brand) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: brand.brandName,
    url: brand.siteUrl,
    email: brand.contactEmail,
    logo: new URL(brand.logo, brand.siteUrl).href,
  };
}

export function breadcrumbJsonLd(siteUrl: string, crumbs: { label: string; href?: string }[], currentPath: string) {
  const trail = [{ label: 'Home', href: '/' }, ...crumbs];
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.label,
      item: new URL(crumb.href ?? currentPath, siteUrl).href,
    })),
  };
}

export function faqPageJsonLd(items: { question: string; answer: string }[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: items.map((item) => ({
      '@type': 'Question',
      name: item.question,
      acceptedAnswer: { '@type': 'Answer', text: item.answer },
    })),
  };
}

export function articleJsonLd(
  brand: Brand,
  article: { title: string; description: string; url: string; published: Date; modified?: Date | undefined },
) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: article.title,
    description: article.description,
    url: article.url,
    datePublished: article.published.toISOString().slice(0, 10),
    dateModified: (article.modified ?? article.published).toISOString().slice(0, 10),
    author: { '@type': 'Organization', name: brand.brandName, url: brand.siteUrl },
    publisher: {
      '@type': 'Organization',
      name: brand.brandName,
      logo: { '@type': 'ImageObject', url: new URL(brand.logo, brand.siteUrl).href },
    },
  };
}
