// A project of several files: a snapshot and a source that implements an interface explicitly; the caller (other
// file) only sees the interface. Reading taken: the explicit implementation's getter is "a helper" whose return is
// the snapshot's list, so the caller's write through the interface is WEFT0003 at the caller's line.
using System.Collections.Generic;
using Weft;

namespace Corpus.Calls.ExplicitInterfaceHandsOutCurrent;

[ThreadLocalSlot]
public sealed partial class Catalog
{
    public List<string> Hosts { get; init; } = new(); // expect: WEFT0001
}

public interface IHostSource
{
    List<string> Hosts { get; }
}

public sealed class CatalogSource : IHostSource
{
    List<string> IHostSource.Hosts => Catalog.Current.Hosts;
}
