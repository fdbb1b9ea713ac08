// A snapshot member of a user type with an indexer setter that stores into the array it wraps; the worker sets a
// weight through it. Reported at the assignment.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus.SnapshotWrites.Round10.UserIndexerOnSnapshot;

public sealed class WeightRow
{
    private readonly int[] _values = new int[8];

    public int this[int index]
    {
        get => _values[index];
        set => _values[index] = value;
    }

    public int[] ToArray() => (int[])_values.Clone();
}

public sealed class Balancer
{
    public WeightRow Row { get; } = new();
}

public static class Balance
{
    private static readonly Balancer s_balancer = new();

    [SharedSnapshot]
    public static Balancer Get() => s_balancer;

    public static int Drain(int index)
    {
        var row = Get().Row;
        row[index] = 0; // expect: WEFT0003
        return row[0];
    }
}
