// Quiet twin of DnsSnapshotHitCount: answers are immutable; each worker keeps its own cursor per host.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Weft;

namespace Corpus6b.DnsSnapshotHitCount;

public sealed class DnsAnswer
{
    public DnsAnswer(string host, ImmutableArray<string> addresses) { Host = host; Addresses = addresses; }
    public string Host { get; }
    public ImmutableArray<string> Addresses { get; }
}

[ThreadLocalSlot]
public sealed partial class DnsSnapshot
{
    public ImmutableArray<DnsAnswer> Answers { get; init; } = ImmutableArray<DnsAnswer>.Empty;
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Cursors
{
    private readonly Dictionary<string, int> _next = new(StringComparer.OrdinalIgnoreCase);
    public int Advance(string host) { int n = _next.GetValueOrDefault(host); _next[host] = n + 1; return n; }
}

public static class AddressPicker
{
    public static string? Pick(string host)
    {
        foreach (DnsAnswer answer in DnsSnapshot.Current.Answers)
        {
            if (!string.Equals(answer.Host, host, StringComparison.OrdinalIgnoreCase) || answer.Addresses.IsEmpty) continue;
            int index = Cursors.Current.Advance(host) % answer.Addresses.Length;
            return answer.Addresses[index];
        }
        return null;
    }
}
