// Writes a journey map of 10 stages of 15 steps (150 steps) as JourneyKit JSON, and a revision of it with a few
// changes, for timing the journeykit command: node make-map.mjs <folder>
import { writeFileSync } from "node:fs";
import { join } from "node:path";

function map(revision) {
  const stages = [];
  for (let s = 0; s < 10; s++) {
    const steps = [];
    for (let t = 0; t < 15; t++) {
      const id = `step-${s}-${t}`;
      const step = {
        id,
        name: `Step ${t + 1} of stage ${s + 1}`,
        emotions: [{ score: ((s + t + (revision && t === 3 ? 2 : 0)) % 5) - 2, label: "feels" }],
        touchpoints: [`touchpoint-${t % 4}`],
        owner: "team",
      };
      if (t % 5 === 0) {
        step.painPoints = [{ id: `${id}-pain`, description: `Pain at step ${t + 1}`, severity: "medium" }];
        step.opportunities = [{ id: `${id}-fix`, title: `Fix step ${t + 1}`, addresses: [`${id}-pain`] }];
      }
      steps.push(step);
    }
    stages.push({
      id: `stage-${s}`,
      name: `Stage ${s + 1}`,
      owner: "team",
      questions: ["What next?"],
      metrics: [{ id: `stage-${s}-conversion`, name: `Conversion ${s + 1}`, kind: "conversion", unit: "%", target: 60, actual: revision && s === 2 ? 40 : 55 }],
      steps,
    });
  }
  return {
    schemaVersion: 1,
    id: "a-long-journey",
    title: "A long journey",
    personas: [{ id: "customer", name: "Customer" }],
    owners: [{ id: "team", name: "Team" }],
    touchpoints: [0, 1, 2, 3].map((t) => ({ id: `touchpoint-${t}`, name: `Touchpoint ${t}` })),
    stages,
  };
}

const folder = process.argv[2] ?? ".";
writeFileSync(join(folder, "map-150.json"), JSON.stringify(map(false), null, 2));
writeFileSync(join(folder, "map-150-revised.json"), JSON.stringify(map(true), null, 2));
