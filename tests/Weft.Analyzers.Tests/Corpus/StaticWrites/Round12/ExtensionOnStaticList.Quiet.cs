// C# 14 extension block method that adds to a list, called on the static list inside a System.Threading.Lock scope.
using System.Collections.Generic;
using System.Threading;
using Weft;
using Weft.Threading;

namespace Corpus.R12.ExtensionOnStaticListQuiet;

public static class ListExtensions
{
    extension(List<string> list)
    {
        public void AddUnique(string item)
        {
            if (!list.Contains(item))
            {
                list.Add(item);
            }
        }
    }
}

public static class Hosts
{
    private static readonly Lock s_gate = new();
    private static readonly List<string> s_seen = [];

    public static void Post(Dispatcher worker, string host) =>
        worker.Post(() =>
        {
            using (s_gate.EnterScope())
            {
                s_seen.AddUnique(host);
            }
        });
}
