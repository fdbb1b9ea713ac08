// WEFT0001: a weight map that holds a FrozenDictionary in both files. Declared as IReadOnlyDictionary: reading taken from the page (a read-only view is reported,
// since someone may hold the dictionary behind it), the declared type decides, not the initializer: reported.
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

namespace Corpus7b.FrozenDeclaredOrInterfaceDeclared;

[ThreadLocalSlot]
public sealed partial class ClusterWeights
{
    public IReadOnlyDictionary<string, int> Weights { get; init; } = FrozenDictionary<string, int>.Empty; // expect: WEFT0001
    public int WeightOf(string cluster) => Weights.TryGetValue(cluster, out var w) ? w : 0;
}
