using System.Net;

namespace Commerce.Infrastructure.Notifications.Rendering;

/// <summary>The frame around every email: the store's name on its brand colour, the body, and a footer.</summary>
internal sealed class EmailLayout(StoreBranding brand)
{
    /// <param name="preview">The line mail clients show next to the subject.</param>
    public EmailContent Compose(string subject, string preview, Action<EmailBody> write)
    {
        var body = new EmailBody(brand);
        write(body);
        var store = WebUtility.HtmlEncode(brand.Name);
        var support = WebUtility.HtmlEncode(brand.SupportEmail);
        var home = WebUtility.HtmlEncode(brand.Link("/"));
        var html = $"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>{WebUtility.HtmlEncode(subject)}</title></head>
            <body style="margin:0;padding:0;background:#f7f7fb;font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif">
            <div style="display:none;max-height:0;overflow:hidden">{WebUtility.HtmlEncode(preview)}</div>
            <table role="presentation" style="width:100%;border-collapse:collapse;background:#f7f7fb"><tr><td style="padding:24px 12px">
            <table role="presentation" style="width:100%;max-width:600px;margin:0 auto;border-collapse:collapse;background:#ffffff;border-radius:10px;overflow:hidden">
            <tr><td style="padding:20px 28px;background:{brand.BrandColor};border-bottom:4px solid {brand.AccentColor}"><a href="{home}" style="color:#ffffff;font-size:20px;font-weight:700;text-decoration:none">{store}</a></td></tr>
            <tr><td style="padding:28px">{body.Html}</td></tr>
            <tr><td style="padding:18px 28px;background:#f7f7fb;font-size:12px;line-height:1.5;color:#5f6577">Questions? Reply to this email or write to <a href="mailto:{support}" style="color:{brand.BrandColor}">{support}</a>.<br>{store}</td></tr>
            </table></td></tr></table>
            </body></html>
            """;
        var text = $"{brand.Name}\n\n{body.Text}\n--\n{brand.Name} · {brand.Link("/")}\nQuestions? Write to {brand.SupportEmail}\n";
        return new EmailContent(subject, html, text);
    }
}
