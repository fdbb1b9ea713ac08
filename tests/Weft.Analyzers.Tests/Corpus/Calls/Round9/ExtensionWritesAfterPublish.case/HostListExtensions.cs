// WEFT0002 across files: an extension method that adds to its receiver lives here; Publisher.cs publishes a list and
// then calls it. Reported at the call (the page: "a call of your method that writes it").
using System.Collections.Generic;

namespace Corpus.Calls.R9.ExtensionWritesAfterPublish;

public static class HostListExtensions
{
    public static void EnsureLoopback(this List<string> hosts)
    {
        if (!hosts.Contains("127.0.0.1"))
        {
            hosts.Add("127.0.0.1");
        }
    }
}
