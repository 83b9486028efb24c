/*
 * Copyright 2026 The Specstage Authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

// @ts-check

/**
 * The history of specs: one row per spec and UTC day, the last state of that
 * day. Days are ISO strings (`YYYY-MM-DD`) so that SQLite and PostgreSQL
 * store, compare and sort them alike.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('spec_snapshots', table => {
    table.comment('Daily snapshots of the counts of Spec entities');
    table
      .string('entity_ref', 255)
      .notNullable()
      .comment('The Spec entity, e.g. spec:default/foo-1a2b3c4d');
    table.string('day', 10).notNullable().comment('UTC day, YYYY-MM-DD');
    table.string('status', 32).notNullable();
    table.integer('tasks_done').notNullable();
    table.integer('tasks_partial').notNullable();
    table.integer('tasks_total').notNullable();
    table.integer('review_checked').notNullable();
    table.integer('review_total').notNullable();
    table.integer('open_clarifications').notNullable();
    table
      .string('tasks_changed_on', 10)
      .notNullable()
      .comment('First day with the current numbers of done/partial tasks');
    table
      .string('clarifications_open_since', 10)
      .nullable()
      .comment('First day of the current run of days with open clarifications');
    table
      .bigInteger('recorded_at')
      .notNullable()
      .comment('When the row was last written, in ms since the epoch');
    table.primary(['entity_ref', 'day']);
    // Daily totals and retention scan by day.
    table.index(['day'], 'spec_snapshots_day_idx');
  });
  // The days with snapshots: lets a chart pick its days without scanning
  // every row.
  await knex.schema.createTable('spec_snapshot_days', table => {
    table.comment('The days on which snapshots were recorded');
    table.string('day', 10).primary().comment('UTC day, YYYY-MM-DD');
    table.bigInteger('recorded_at').notNullable();
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('spec_snapshot_days');
  await knex.schema.dropTable('spec_snapshots');
};
