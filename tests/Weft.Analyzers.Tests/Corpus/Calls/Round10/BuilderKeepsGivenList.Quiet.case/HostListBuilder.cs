// A builder constructed over a list: it copies the list it was given
// in its constructor, so adding changes only its own copy.
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

namespace Corpus.Calls.Round10.BuilderKeepsGivenListQuiet;

public sealed class HostListBuilder
{
    private readonly List<string> _items;

    public HostListBuilder(List<string> items) => _items = new List<string>(items);

    public HostListBuilder Add(string host)
    {
        _items.Add(host);
        return this;
    }

    public List<string> Build() => _items;
}
