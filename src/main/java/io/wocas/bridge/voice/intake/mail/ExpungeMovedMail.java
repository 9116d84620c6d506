package io.wocas.bridge.voice.intake.mail;

import jakarta.mail.Folder;
import org.apache.camel.component.mail.MailBoxPostProcessAction;

import org.springframework.stereotype.Component;

/**
 * Removes from the inbox the mails camel-mail has moved after each poll. camel-mail moves
 * a mail by copying it and flagging the original deleted; the original disappears only
 * when the folder is expunged, which camel-mail does only when it closes the folder, and
 * the mailbox routes keep their folder open between polls.
 */
@Component("expungeMovedMail")
class ExpungeMovedMail implements MailBoxPostProcessAction {

	@Override
	public void process(Folder folder) throws Exception {
		if (folder.isOpen()) {
			folder.expunge();
		}
	}

}
