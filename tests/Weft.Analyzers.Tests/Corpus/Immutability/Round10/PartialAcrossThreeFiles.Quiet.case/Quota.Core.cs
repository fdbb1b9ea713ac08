// A snapshot type split across three files of one project; the third part
// adds an ImmutableDictionary.
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

[ThreadLocalSlot]
public sealed partial class Quota
{
    public string Tenant { get; init; } = "";
}
