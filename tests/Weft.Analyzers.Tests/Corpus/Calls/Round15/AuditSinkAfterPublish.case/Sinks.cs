// Round 15, WEFT0002 (.case): a dependency-injected audit sink behind an interface. The implementation in this file
// sorts and trims the list it is given in place; the handler in another file calls it through the interface after the
// publish. Reading taken: reported at the handler's call (the page's "a call of your method that writes it", judged by
// the implementation the compilation holds).
using System;
using System.Collections.Generic;

namespace Corpus.Round15.AuditSinkAfterPublish;

public interface IAuditSink
{
    void Record(string who, List<string> entries);
}

public sealed class TrimmingAuditSink : IAuditSink
{
    private readonly List<string> _lines = [];

    public void Record(string who, List<string> entries)
    {
        entries.Sort(StringComparer.Ordinal);
        entries.RemoveAll(static e => e.StartsWith('#'));
        _lines.Add($"{who}: {string.Join(',', entries)}");
    }
}
