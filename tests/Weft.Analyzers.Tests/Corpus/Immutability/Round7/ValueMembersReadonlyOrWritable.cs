// WEFT0001, precision on value-typed and immutable BCL members: TimeSpan, Guid, DateTimeOffset, decimal, a nullable
// enum and System.Version (sealed, its state private and read-only) are all immutable and quiet.
// `Retries` is a writable public field: reported on it (one token apart).
using System;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7b.ValueMembersReadonlyOrWritable;

[ThreadLocalSlot]
public sealed partial class RetryPolicy
{
    public readonly TimeSpan Window;
    public readonly Guid Id;
    public int Retries; // expect: WEFT0001
    public DateTimeOffset Since { get; init; }
    public decimal Budget { get; init; }
    public DayOfWeek? QuietDay { get; init; }
    public Version ApiVersion { get; init; } = new(1, 0);

    public RetryPolicy(TimeSpan window, Guid id, int retries)
    {
        Window = window;
        Id = id;
        Retries = retries;
    }
}
