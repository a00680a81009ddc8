import { CHERY_GROUP_DEALERSHIPS } from "./dealerships-chery";
import { GWM_DEALERSHIPS } from "./dealerships-gwm";
import { LI_AUTO_DEALERSHIPS, YUTONG_DEALERSHIPS } from "./dealerships-li-auto-yutong";
import { OTHER_DEALERSHIPS } from "./dealerships-other";
import type { DealershipSeed } from "./types";

/** Every seed site, all brands. Only GWM's network size and Li Auto's Almaty centre are sourced; the rest is illustrative. */
export const DEALERSHIPS: DealershipSeed[] = [
  ...GWM_DEALERSHIPS,
  ...CHERY_GROUP_DEALERSHIPS,
  ...OTHER_DEALERSHIPS,
  ...LI_AUTO_DEALERSHIPS,
  ...YUTONG_DEALERSHIPS,
];
