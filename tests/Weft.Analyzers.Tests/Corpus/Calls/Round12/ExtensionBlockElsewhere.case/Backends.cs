// A project of several files: a C# 14 extension block whose method adds to the receiver's list lives here; the code
// that publishes the receiver and calls the extension lives in Publisher.cs. Reading taken: with the extension's body
// in another file, the report is at the call (cross-file: one place).
using System.Collections.Generic;

namespace Corpus.R12.ExtensionBlockElsewhere;

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
