// An EventArgs-style carrier with a mutable Dictionary.
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

namespace Corpus.Broadcast.Round10.EventArgsCarrier;

public sealed class ConfigChanged : EventArgs
{
    public ConfigChanged(IDictionary<string, string> values) => Values = values.ToDictionary(p => p.Key, p => p.Value);

    public Dictionary<string, string> Values { get; }
}
