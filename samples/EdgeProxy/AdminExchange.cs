using System.Text;
using Weft.Net;
using Weft.Stats;
using Weft.Threading;

namespace EdgeProxy;

/// <summary>
/// One admin connection on main's loop: reads the request line (bounded, within the request timeout), answers
/// (after a stats flush whose result arrives on main, when the route needs one), half-closes, and closes when the
/// client does or after the linger timeout.
/// </summary>
internal sealed class AdminExchange
{
    private readonly AdminServer _admin;
    private readonly Connection _connection;
    private readonly AdminRequestLine _line = new();
    private readonly DispatcherTimer _deadline;
    private bool _answering;

    public AdminExchange(AdminServer admin, Connection connection)
    {
        _admin = admin;
        _connection = connection;
        _deadline = admin.Main.CreateTimer(OnDeadline);
    }

    public void Start()
    {
        _connection.Start(OnData, OnEvent);
        _deadline.Enable(AdminServer.RequestTimeout);
    }

    public void Abort() => _connection.Close();

    private void OnData(Connection connection, System.ReadOnlySpan<byte> data)
    {
        if (!_answering && _line.Append(data))
        {
            Answer();
        }
    }

    private void OnEvent(Connection connection, ConnectionEvent connectionEvent)
    {
        if (connectionEvent == ConnectionEvent.RemoteHalfClosed && !_answering)
        {
            _line.EndOfStream();
            Answer();
        }
        else if (connectionEvent == ConnectionEvent.Closed)
        {
            _deadline.Dispose();
            _admin.OnClosed(this);
        }
    }

    private void Answer()
    {
        _answering = true;
        _deadline.Disable();
        if (_line.Line is not { } line)
        {
            Send(414, "text/plain", $"request line longer than {AdminRequestLine.MaxLength} bytes\n");
            return;
        }

        string target = line.Split(' ') is [_, var t, ..] ? t : "/";
        if (AdminServer.NeedsStats(target))
        {
            // The flush completes on main (or gives the last snapshot when abandoned): no thread-pool hop.
            _admin.Stats.Flush(snapshot => Send(_admin.Respond(target, snapshot)));
        }
        else
        {
            Send(_admin.Respond(target, null));
        }
    }

    private void Send((int Status, string ContentType, string Body) response) => Send(response.Status, response.ContentType, response.Body);

    private void Send(int status, string contentType, string body)
    {
        if (_connection.State == ConnectionState.Closed)
        {
            return;
        }

        string reason = status switch { 200 => "OK", 414 => "URI Too Long", 503 => "Service Unavailable", _ => "Not Found" };
        string head = $"HTTP/1.0 {status} {reason}\r\nContent-Type: {contentType}\r\nContent-Length: {Encoding.UTF8.GetByteCount(body)}\r\nConnection: close\r\n\r\n";
        _connection.Write(Encoding.UTF8.GetBytes(head + body));
        _connection.ShutdownWrite();
        _deadline.Enable(AdminServer.LingerTimeout);
    }

    private void OnDeadline()
    {
        if (!_answering)
        {
            _admin.OnRequestTimeout();
        }

        _connection.Close();
    }
}
