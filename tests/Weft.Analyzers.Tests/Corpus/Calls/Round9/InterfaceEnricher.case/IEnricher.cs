// WEFT0002 across files: an interface here, its implementation (which adds to the list it is given) in
// DefaultPortEnricher.cs, and the caller in Reloader.cs, which publishes the list and then calls the implementation
// through the interface (the local's only value is a DefaultPortEnricher). Reported at the call.
using System.Collections.Generic;

namespace Corpus.Calls.R9.InterfaceEnricher;

public interface IEnricher
{
    void Enrich(List<string> endpoints);
}
