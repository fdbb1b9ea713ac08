// Round 15, WEFT0001 quiet twin: the record struct's ports are an ImmutableArray<int>.
using System.Collections.Generic;
using System.Collections.Immutable;
using Weft;

namespace Corpus.Round15.RecordStructElementQuiet;

public readonly record struct Endpoint(string Host, ImmutableArray<int> Ports);

[ThreadLocalSlot]
public sealed partial class Endpoints
{
    public ImmutableArray<Endpoint> All { get; init; } = [];

    public int PortCount => All.Sum(static e => e.Ports.Length);
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
