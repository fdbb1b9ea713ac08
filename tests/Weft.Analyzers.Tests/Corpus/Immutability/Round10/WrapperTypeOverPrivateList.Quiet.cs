// A snapshot member of a user wrapper type that exposes only lookups but keeps an
// ImmutableHashSet<string>, so the wrapper is deeply immutable.
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

namespace Corpus.Immutability.Round10.WrapperTypeOverPrivateListQuiet;

public sealed class HostSet
{
    private readonly ImmutableHashSet<string> _hosts;

    public HostSet(IEnumerable<string> hosts) => _hosts = hosts.ToImmutableHashSet();

    public bool Contains(string host) => _hosts.Contains(host);
}

[ThreadLocalSlot]
public sealed partial class AllowList
{
    public HostSet Hosts { get; init; } = new HostSet(Array.Empty<string>());
}
