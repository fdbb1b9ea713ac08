// Round 15, WEFT0001: a snapshot holds an ImmutableArray of a `readonly record struct` whose positional member is a
// List<int>. The struct is readonly, but the list it points to is not: every worker reads the same lists. Reading taken:
// reported on the snapshot's member, the message naming the struct's member.
using System.Collections.Generic;
using System.Collections.Immutable;
using Weft;

namespace Corpus.Round15.RecordStructElement;

public readonly record struct Endpoint(string Host, List<int> Ports);

[ThreadLocalSlot]
public sealed partial class Endpoints
{
    public ImmutableArray<Endpoint> All { get; init; } = []; // expect: WEFT0001 "Ports"

    public int PortCount => All.Sum(static e => e.Ports.Count);
}

file static class Sums
{
    public static int Sum<T>(this ImmutableArray<T> items, System.Func<T, int> f)
    {
        int total = 0;
        foreach (var item in items)
        {
            total += f(item);
        }

        return total;
    }
}
