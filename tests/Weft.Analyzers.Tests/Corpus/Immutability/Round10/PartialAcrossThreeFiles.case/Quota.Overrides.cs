// Third part: per-route overrides.
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

namespace Corpus.Immutability.Round10.PartialAcrossThreeFiles;

public sealed partial class Quota
{
    public Dictionary<string, int> Overrides { get; init; } = new(); // expect: WEFT0001 "Overrides"

    public int LimitFor(string route) => Overrides.TryGetValue(route, out int n) ? n : MaxConnections;
}
