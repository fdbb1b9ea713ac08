// A user type with an indexer whose setter stores into the array it wraps (the array it was constructed with).
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

namespace Corpus.Views.Round10.UserIndexerOverWrappedArray;

public sealed class Weights
{
    private readonly int[] _values;

    public Weights(int[] values) => _values = values;

    public int this[int index]
    {
        get => _values[index];
        set => _values[index] = value;
    }
}
