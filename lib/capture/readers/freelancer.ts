import type { PageReader } from './page-reader';
import { extractFreelancerWith } from '../../platforms/freelancer';

/** What the Freelancer.com content script runs. Red flags: see ./page-reader.ts. */
export const readFreelancerPage: PageReader = (doc, url) => extractFreelancerWith(doc, url, {});
