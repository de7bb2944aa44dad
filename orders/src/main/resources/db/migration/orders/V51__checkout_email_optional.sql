-- A buyer who signed up with a phone number checks out without an email: the phone the order ships to is enough,
-- and order messages for it wait in the notification outbox with an "sms:" recipient.
ALTER TABLE checkout MODIFY buyer_email VARCHAR(200) NULL;
