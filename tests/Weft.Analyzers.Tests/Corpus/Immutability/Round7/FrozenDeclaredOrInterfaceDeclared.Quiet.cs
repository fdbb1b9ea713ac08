// WEFT0001: a weight map that holds a FrozenDictionary in both files. Declared as FrozenDictionary: the type itself
// is immutable: quiet.
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

namespace Corpus7b.FrozenDeclaredOrInterfaceDeclaredQuiet;

[ThreadLocalSlot]
public sealed partial class ClusterWeights
{
    public FrozenDictionary<string, int> Weights { get; init; } = FrozenDictionary<string, int>.Empty;
    public int WeightOf(string cluster) => Weights.TryGetValue(cluster, out var w) ? w : 0;
}
