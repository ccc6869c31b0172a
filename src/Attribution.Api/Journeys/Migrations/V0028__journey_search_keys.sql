-- The journey list's search: order id, customer id and email lower-cased (ASCII letters, C collation) as stored columns
-- with their own indexes. A prefix search is then an index range (key >= prefix and key < prefix + U+10FFFF): the range
-- operators are leakproof, so row-level security lets PostgreSQL use them as index conditions, which it may not do for
-- lower(...) or LIKE (not leakproof) in the query itself.
alter table conversions
    add column order_key text collate "C" generated always as (lower(external_id collate "C")) stored,
    add column customer_key text collate "C" generated always as (lower(customer_id collate "C")) stored,
    add column email_key text collate "C" generated always as (lower(customer_email collate "C")) stored;

create index conversions_order_key on conversions (tenant_id, order_key);
create index conversions_customer_key on conversions (tenant_id, customer_key);
create index conversions_email_key on conversions (tenant_id, email_key);
