// A snapshot member of a user wrapper type that exposes only lookups but keeps a private List<string> (readonly field,
// still a mutable collection: reported on the snapshot member, the wrapper's field named in the message).
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

namespace Corpus.Immutability.Round10.WrapperTypeOverPrivateList;

public sealed class HostSet
{
    private readonly List<string> _hosts;

    public HostSet(IEnumerable<string> hosts) => _hosts = hosts.ToList();

    public bool Contains(string host) => _hosts.Contains(host);
}

[ThreadLocalSlot]
public sealed partial class AllowList
{
    public HostSet Hosts { get; init; } = new HostSet(Array.Empty<string>()); // expect: WEFT0001 "Hosts"
}
