// C# 14 extension block method that adds to a list, called on a static list from a posted callback. The page: a
// helper anybody may call is reported at the worker code's call.
using System.Collections.Generic;
using Weft;
using Weft.Threading;

namespace Corpus.R12.ExtensionOnStaticList;

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
    private static readonly List<string> s_seen = [];

    public static void Post(Dispatcher worker, string host) =>
        worker.Post(() => s_seen.AddUnique(host)); // expect: WEFT0006
}
