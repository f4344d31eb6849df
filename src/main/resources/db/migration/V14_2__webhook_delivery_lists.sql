-- webhook: the administrator's lists (issue 18). The deliveries that need attention (failed for good, or failed at
-- least once and waiting for their next attempt) newest first, and their count on the administration's pages; and
-- the delivered ones, newest first, when the administrator filters on them.
create index webhook_delivery_failing on webhook_delivery (created_at desc, id)
    where status = 'FAILED' or (status = 'PENDING' and attempts > 0);
create index webhook_delivery_delivered on webhook_delivery (created_at desc, id) where status = 'DELIVERED';
