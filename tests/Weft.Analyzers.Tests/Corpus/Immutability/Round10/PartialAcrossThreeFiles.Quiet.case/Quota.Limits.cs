// Second part: plain immutable values.
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

namespace Corpus.Immutability.Round10.PartialAcrossThreeFilesQuiet;

public sealed partial class Quota
{
    public int MaxConnections { get; init; }

    public TimeSpan Window { get; init; }
}
