// Round 15, WEFT0002 quiet twin: the handler publishes a copy of its working list ([.. _working]), so the next
// request's Add changes nothing the workers hold.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.Round15.AddHostHandlerQuiet;

public sealed class HostAdmin(Slot<IReadOnlyList<string>> hosts)
{
    private readonly List<string> _working = [];

    public int Add(string host)
    {
        if (string.IsNullOrWhiteSpace(host) || _working.Contains(host))
        {
            return _working.Count;
        }

        _working.Add(host.Trim());
        hosts.Publish([.. _working]);
        return _working.Count;
    }
}
