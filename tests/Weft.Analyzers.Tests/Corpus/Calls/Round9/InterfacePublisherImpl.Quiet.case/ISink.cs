// WEFT0002 across files: an interface (this file) whose implementation in SlotSink.cs publishes the list it is given;
// Loader.cs calls it through the interface (the local's only value is a SlotSink) and then writes the list.
using System.Collections.Generic;

namespace Corpus.Calls.R9.InterfacePublisherImpl;

public interface ISink
{
    void Accept(List<int> ports);
}
