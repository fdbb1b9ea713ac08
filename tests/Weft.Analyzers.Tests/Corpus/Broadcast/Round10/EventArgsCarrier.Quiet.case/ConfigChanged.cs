// An EventArgs-style carrier with an ImmutableDictionary.
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

namespace Corpus.Broadcast.Round10.EventArgsCarrierQuiet;

public sealed class ConfigChanged : EventArgs
{
    public ConfigChanged(IDictionary<string, string> values) => Values = values.ToImmutableDictionary();

    public ImmutableDictionary<string, string> Values { get; }
}
