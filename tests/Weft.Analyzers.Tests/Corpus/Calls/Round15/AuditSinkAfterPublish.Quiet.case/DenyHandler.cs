using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.Round15.AuditSinkAfterPublishQuiet;

public sealed class DenyListHandler(Slot<List<string>> denied, IAuditSink audit)
{
    public void Replace(string who, IEnumerable<string> hosts)
    {
        List<string> next = [.. hosts];
        denied.Publish(next);
        audit.Record(who, next);
    }
}
