// A project of several files: a C# 14 extension block whose method adds to the receiver's list lives here; the code
// that calls the extension and then publishes the receiver lives in Publisher.cs. The extension runs before the
// publish,
// so nothing published is written.
using System.Collections.Generic;

namespace Corpus.R12.ExtensionBlockElsewhereQuiet;

public sealed class Backends
{
    public List<string> Names { get; } = [];
}

public static class BackendExtensions
{
    extension(Backends backends)
    {
        public void AddFallback() => backends.Names.Add("fallback");
    }
}
