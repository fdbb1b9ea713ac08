using System.Collections.Generic;
using System.Linq;

namespace Corpus.Broadcast.R9.ArgumentBuiltElsewhere;

public static class BlockSources
{
    public static List<string> Parse(string text) =>
        text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
}
