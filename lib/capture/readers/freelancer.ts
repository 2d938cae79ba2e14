import type { PageReader } from './page-reader';
import { captureFreelancer } from '../../platforms/freelancer';

/** What the Freelancer.com content script runs. Red flags: see ./page-reader.ts. */
export const readFreelancerPage: PageReader = captureFreelancer;
