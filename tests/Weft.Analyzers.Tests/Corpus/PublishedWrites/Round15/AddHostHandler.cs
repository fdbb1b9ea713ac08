// Round 15, WEFT0002, a short request handler: the admin endpoint keeps the working host list in a field and
// publishes it on every change. The defect: it publishes the field's list itself, so the next request's Add writes
// the list the workers are reading (the page's "Published fields": reported in the publishing method, above the
// publish). Its twin publishes a collection-expression copy.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.Round15.AddHostHandler;

public sealed class HostAdmin(Slot<IReadOnlyList<string>> hosts)
{
    private readonly List<string> _working = [];

    public int Add(string host)
    {
        if (string.IsNullOrWhiteSpace(host) || _working.Contains(host))
        {
            return _working.Count;
        }

        _working.Add(host.Trim()); // expect: WEFT0002
        hosts.Publish(_working);
        return _working.Count;
    }
}
