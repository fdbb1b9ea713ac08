// A project of several files: the published type and a helper that writes its argument live in one file, the code that
// publishes and then calls the helper in another (the helper's body is in another syntax tree).
using System.Collections.Generic;

namespace Corpus.Calls.HelperInAnotherFile;

public sealed class Backends
{
    public List<string> Names { get; } = new();
}

public static class BackendEditing
{
    public static void AddFallback(Backends backends) => backends.Names.Add("fallback");
}
