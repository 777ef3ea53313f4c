/** A record type that generated code and API responses talk about, with its fields' roles. */
export interface Entity {
  /** Type name in PascalCase, e.g. `Order`. */
  type: string;
  /** Variable name for one record, e.g. `order`. */
  singular: string;
  /** Variable name for a list, e.g. `orders`. */
  plural: string;
  /** A string field that names the record. */
  label: string;
  /** A numeric field worth summing or sorting by. */
  amount: string;
  /** A boolean field. */
  flag: string;
  /** What a record with the flag set is called (`Paid` in `selectPaidOrders`). */
  flagWord: string;
  /** A field with few values, worth grouping by. */
  group: string;
  /** The values of the group field. */
  groupValues: readonly string[];
  /** A timestamp field. */
  date: string;
}

/** Builds an entity from a compact description line. */
function entity(type: string, plural: string, fields: string, groupValues: string): Entity {
  const [label, amount, flag, flagWord, group, date] = fields.split(' ');
  const singular = type.charAt(0).toLowerCase() + type.slice(1);
  return {
    type,
    singular,
    plural,
    label,
    amount,
    flag,
    flagWord,
    group,
    groupValues: groupValues.split(' '),
    date,
  };
}

/** The record types used across generated code and JSON. */
export const ENTITIES: readonly Entity[] = [
  entity('User', 'users', 'name score isActive Active role createdAt', 'admin editor viewer'),
  entity(
    'Order',
    'orders',
    'orderNumber total isPaid Paid status createdAt',
    'pending paid shipped',
  ),
  entity(
    'Product',
    'products',
    'title price inStock InStock category updatedAt',
    'books toys garden',
  ),
  entity('Invoice', 'invoices', 'number amount isOverdue Overdue currency dueDate', 'USD EUR GBP'),
  entity('Task', 'tasks', 'title estimate done Done priority dueDate', 'low medium high'),
  entity('Comment', 'comments', 'body likes isHidden Hidden status postedAt', 'visible flagged'),
  entity('Event', 'events', 'title capacity isPublic Public venue startsAt', 'hall park online'),
  entity('Account', 'accounts', 'owner balance isLocked Locked kind openedAt', 'checking savings'),
  entity(
    'Employee',
    'employees',
    'fullName salary isRemote Remote department hiredAt',
    'sales ops',
  ),
  entity('Track', 'tracks', 'title duration isExplicit Explicit genre releasedAt', 'jazz rock pop'),
  entity(
    'Book',
    'books',
    'title pageCount isAvailable Available genre publishedAt',
    'poetry drama',
  ),
  entity(
    'Booking',
    'bookings',
    'guestName nights isConfirmed Confirmed roomType checkIn',
    'single suite',
  ),
  entity('Message', 'messages', 'subject size isRead Read folder sentAt', 'inbox archive spam'),
  entity(
    'Ticket',
    'tickets',
    'subject points isOpen Open severity createdAt',
    'minor major critical',
  ),
  entity('Device', 'devices', 'hostname uptime isOnline Online platform lastSeenAt', 'linux macos'),
  entity(
    'Shipment',
    'shipments',
    'trackingCode weight isDelivered Delivered carrier shippedAt',
    'ups dhl',
  ),
];
