// Quiet twin of NetworkTypesAndBclValues: the endpoint kept as immutable BCL values (string, int) next to other BCL
// value types that cannot be changed in place: Version (a sealed immutable class), TimeSpan, DateOnly, Guid, Int128,
// BigInteger, an enum, a nullable ImmutableArray.
using System;
using System.Collections.Immutable;
using System.Numerics;
using Weft;

namespace Corpus5a.NetworkTypesAndBclValuesQuiet;

[ThreadLocalSlot]
public sealed partial class Upstream
{
    public string Host { get; init; } = "127.0.0.1";
    public int Port { get; init; } = 80;
    public string Name { get; init; } = "";
    public Version Protocol { get; init; } = new(1, 1);
    public TimeSpan Timeout { get; init; }
    public DateOnly Since { get; init; }
    public Guid Id { get; init; }
    public Int128 Bytes { get; init; }
    public BigInteger Budget { get; init; }
    public DayOfWeek Maintenance { get; init; }
    public ImmutableArray<int>? Ports { get; init; }
}
